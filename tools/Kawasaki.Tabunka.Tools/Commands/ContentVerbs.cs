using System.CommandLine;
using System.Text.Json;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Tools.Commands;

/// <summary>The verbs for guides and places: check, status, stamp, what is still missing.</summary>
public static class ContentVerbs
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static Option<string?> PathOption() => new("--path") { Description = "the content folder (default: the configured one)" };

    /// <summary><c>check-content</c>: validates every guide and place file, printing <c>path:line: message</c>.</summary>
    public static Command CheckContent(CommandContext context)
    {
        var path = PathOption();
        var command = new Command("check-content", "check every guide and place file: front matter, furigana, links, places, translations' structure") { path };
        command.SetAction(parsed =>
        {
            var root = ToolSettings.ContentPath(context, parsed.GetValue(path));
            var library = new ContentLoader(new LanguageRegistry()).Load(root);
            foreach (var problem in library.Problems)
            {
                context.Out.WriteLine(problem.Format(ToolSettings.Display(context, Path.Combine(root, problem.Path))));
            }

            var errors = library.Problems.Count(p => p.IsError);
            context.Error.WriteLine($"check-content: {library.Count} guides, {library.Versions.Count()} files, {library.Places.Count} places, {errors} errors, {library.Problems.Count - errors} warnings");
            return errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary><c>content-status</c>: the guide × language matrix of translation states.</summary>
    public static Command ContentStatus(CommandContext context)
    {
        var path = PathOption();
        var json = new Option<bool>("--json") { Description = "print JSON" };
        var command = new Command("content-status", "each guide's state in each language: source, current, outdated, title-only, missing") { path, json };
        command.SetAction(parsed =>
        {
            var languages = new LanguageRegistry();
            var library = new ContentLoader(languages).Load(ToolSettings.ContentPath(context, parsed.GetValue(path)));
            if (parsed.GetValue(json))
            {
                var guides = library.Guides.Select(g => new
                {
                    id = g.Id,
                    topic = g.Topic,
                    languages = languages.All.ToDictionary(l => l.Id, l => g.StateOf(l.Id).Name()),
                    unreviewed = g.Versions.Values.Where(v => v.Language != LanguageRegistry.SourceLanguageId && !v.FrontMatter.IsReviewed).Select(v => v.Language).ToList(),
                });
                context.Out.WriteLine(JsonSerializer.Serialize(new { guides }, Json));
                return ExitCodes.Ok;
            }

            WriteTable(context.Out, library, languages);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary><c>stamp-source FILE...</c>: records the current easy Japanese revision in each translation.</summary>
    public static Command StampSource(CommandContext context)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "translation files, e.g. content/disaster/call-119/vi.md" };
        var command = new Command("stamp-source", "record in translations the easy Japanese revision they were made from, marking them current") { files };
        command.SetAction(parsed =>
        {
            var failed = 0;
            foreach (var file in parsed.GetValue(files)!)
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
        });
        return command;
    }

    /// <summary><c>facts-needed [--json]</c>: every todo and every place field still without a verified value.</summary>
    public static Command FactsNeeded(CommandContext context)
    {
        var path = PathOption();
        var json = new Option<bool>("--json") { Description = "print JSON" };
        var command = new Command("facts-needed", "what the guides and places still lack: todo items and place fields without a verified value") { path, json };
        command.SetAction(parsed =>
        {
            var root = ToolSettings.ContentPath(context, parsed.GetValue(path));
            var groups = Core.Content.FactsNeeded.Of(new ContentLoader(new LanguageRegistry()).Load(root));
            if (parsed.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    total = groups.Sum(g => g.Facts.Count),
                    subjects = groups.Select(g => new { subject = g.Subject, count = g.Facts.Count, facts = g.Facts.Select(f => new { what = f.What, path = f.Path, line = f.Line }) }),
                }, Json));
                return ExitCodes.Ok;
            }

            foreach (var (subject, facts) in groups)
            {
                context.Out.WriteLine($"{subject} ({facts.Count})");
                foreach (var fact in facts)
                {
                    context.Out.WriteLine($"  {ToolSettings.Display(context, Path.Combine(root, fact.Path))}:{fact.Line}: {fact.What}");
                }
            }

            context.Error.WriteLine($"facts-needed: {groups.Sum(g => g.Facts.Count)} facts in {groups.Count} places and guides");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, GuideLibrary library, LanguageRegistry languages)
    {
        var width = Math.Max(10, library.Guides.Select(g => g.Topic.Length + g.Id.Length + 1).DefaultIfEmpty(0).Max());
        output.WriteLine("guide".PadRight(width) + " " + string.Join(" ", languages.All.Select(l => l.Id.PadRight(7))));
        foreach (var guide in library.Guides)
        {
            var cells = languages.All.Select(l => Symbol(guide.StateOf(l.Id)).PadRight(Math.Max(7, l.Id.Length)));
            output.WriteLine($"{guide.Topic}/{guide.Id}".PadRight(width) + " " + string.Join(" ", cells));
        }

        output.WriteLine();
        output.WriteLine("src = easy Japanese source, ok = current, OLD = outdated or no source, T = title only, - = missing");
    }

    private static string Symbol(TranslationState state) => state switch
    {
        TranslationState.Source => "src",
        TranslationState.Current => "ok",
        TranslationState.Outdated => "OLD",
        TranslationState.TitleOnly => "T",
        _ => "-",
    };

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

        var source = GuideFile.Parse(File.ReadAllText(sourcePath));
        if (!source.HasFrontMatter)
        {
            return $"{LanguageRegistry.SourceLanguageId}.md has no front matter";
        }

        revision = Revision.Of(source.Body);
        var translation = GuideFile.Parse(File.ReadAllText(path));
        if (!translation.HasFrontMatter)
        {
            return "the file has no front matter to put 'source' in";
        }

        AtomicFile.WriteAllText(path, translation.With("source", revision).ToText());
        return null;
    }
}
