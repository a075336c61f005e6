using System.CommandLine;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Localization;

namespace Kawasaki.Tabunka.Tools.Commands;

/// <summary>The verb for UI strings.</summary>
public static class LocaleVerbs
{
    /// <summary>The languages the staff area is written in (<c>locales/staff/</c>).</summary>
    private static readonly string[] StaffLanguages = ["en", "ja"];

    /// <summary><c>check-locales</c>: every locale file has exactly the keys of en.json, no empty values, the same placeholders.</summary>
    public static Command CheckLocales(CommandContext context)
    {
        var path = new Option<string?>("--path") { Description = "the locale folder (default: the configured one)" };
        var command = new Command("check-locales", "check that every locale file has exactly the keys of en.json, no empty values, the same placeholders") { path };
        command.SetAction(parsed =>
        {
            var directory = parsed.GetValue(path) is { } given
                ? Path.GetFullPath(given, context.WorkingDirectory)
                : ToolSettings.Resolve(context).LocalesPath ?? throw new UsageException("no locale folder: pass --path or set Tabunka__LocalesPath");
            var languages = new LanguageRegistry();
            var problems = LocaleChecker.Check(directory, languages).ToList();

            // The staff area's strings: Japanese with exactly the keys of English.
            var staff = Path.Combine(directory, "staff");
            if (Directory.Exists(staff))
            {
                problems.AddRange(LocaleChecker.Check(staff, languages, StaffLanguages));
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
        });
        return command;
    }
}
