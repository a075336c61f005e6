using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Tools.Commands;

/// <summary>
/// <c>stamp-source FILE...</c>: records in each translation the revision of the easy Japanese
/// text beside it, marking the translation current. Run it after translating.
/// </summary>
public sealed class StampSourceCommand : ICommand
{
    public string Name => "stamp-source";

    public string Usage => "stamp-source FILE...";

    public int Run(CommandContext context, IReadOnlyList<string> args)
    {
        var parsed = CommandArgs.Parse(args, [], []);
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("name at least one translation file");
        }

        var failed = 0;
        foreach (var file in parsed.Positionals)
        {
            var path = Path.GetFullPath(file, context.WorkingDirectory);
            var display = ToolSettings.Display(context, path);
            var error = Stamp(path, out var revision);
            if (error is null)
            {
                context.Out.WriteLine($"{display}: source {revision}");
            }
            else
            {
                context.Out.WriteLine($"{display}:1: {error}");
                failed++;
            }
        }

        return failed > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static string? Stamp(string path, out string revision)
    {
        revision = "";
        if (!File.Exists(path))
        {
            return "no such file";
        }

        if (Path.GetFileNameWithoutExtension(path) == LanguageRegistry.SourceLanguageId)
        {
            return "this is the easy Japanese source itself; stamp its translations instead";
        }

        var sourcePath = Path.Combine(Path.GetDirectoryName(path)!, LanguageRegistry.SourceLanguageId + ".md");
        if (!File.Exists(sourcePath))
        {
            return $"there is no {LanguageRegistry.SourceLanguageId}.md beside this file to translate from";
        }

        var sourceBody = GuideText.Body(File.ReadAllText(sourcePath));
        if (sourceBody is null)
        {
            return $"{LanguageRegistry.SourceLanguageId}.md has no front matter";
        }

        revision = Revision.Of(sourceBody);
        var stamped = GuideText.WithSource(File.ReadAllText(path), revision);
        if (stamped is null)
        {
            return "the file has no front matter to put 'source' in";
        }

        AtomicFile.WriteAllText(path, stamped);
        return null;
    }
}
