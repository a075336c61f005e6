using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Tools.Commands;

/// <summary><c>check-content</c>: validates every guide file, printing <c>path:line: message</c>.</summary>
public sealed class CheckContentCommand : ICommand
{
    public string Name => "check-content";

    public string Usage => "check-content [--path DIR]";

    public int Run(CommandContext context, IReadOnlyList<string> args)
    {
        var root = ContentRoot.Resolve(context, args);
        var library = new ContentLoader(new LanguageRegistry()).Load(root);
        foreach (var problem in library.Problems)
        {
            context.Out.WriteLine(problem.Format(ToolSettings.Display(context, Path.Combine(root, problem.Path))));
        }

        var errors = library.Problems.Count(p => p.IsError);
        var warnings = library.Problems.Count - errors;
        context.Error.WriteLine($"check-content: {library.Count} guides, {library.Versions.Count()} files, {errors} errors, {warnings} warnings");
        return errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
