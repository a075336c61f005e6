using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Localization;

namespace Kawasaki.Tabunka.Tools.Commands;

/// <summary><c>check-locales</c>: every locale file has exactly the keys of en.json, no empty values, the same placeholders.</summary>
public sealed class CheckLocalesCommand : ICommand
{
    public string Name => "check-locales";

    public string Usage => "check-locales [--path DIR]";

    public int Run(CommandContext context, IReadOnlyList<string> args)
    {
        var parsed = CommandArgs.Parse(args, ["path"], []);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{parsed.Positionals[0]}'");
        }

        var directory = parsed.Option("path") is { } given
            ? Path.GetFullPath(given, context.WorkingDirectory)
            : ToolSettings.Resolve(context).LocalesPath;
        if (directory is null)
        {
            context.Error.WriteLine("check-locales: no locale folder: pass --path or set Tabunka__LocalesPath");
            return ExitCodes.Findings;
        }

        var languages = new LanguageRegistry();
        var problems = LocaleChecker.Check(directory, languages).ToList();

        // The staff area's strings: Japanese with exactly the keys of English.
        var staff = Path.Combine(directory, "staff");
        if (Directory.Exists(staff))
        {
            problems.AddRange(LocaleChecker.Check(staff, LanguageRegistry.From(
            [
                new Language("en", "English", "en", "en", "en-US", TextDirection.Ltr, []),
                new Language("ja", "日本語", "ja", "ja", "ja-JP", TextDirection.Ltr, []),
            ])));
        }
        foreach (var problem in problems)
        {
            context.Out.WriteLine(problem with { Path = ToolSettings.Display(context, problem.Path) });
        }

        if (problems.Count > 0)
        {
            context.Error.WriteLine($"check-locales: {problems.Count} problem(s)");
            return ExitCodes.Findings;
        }

        context.Error.WriteLine($"check-locales: {languages.All.Count} locale files OK");
        return ExitCodes.Ok;
    }
}
