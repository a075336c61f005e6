using System.Text.Json;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Tools.Commands;

/// <summary><c>content-status</c>: the guide × language matrix of translation states.</summary>
public sealed class ContentStatusCommand : ICommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "content-status";

    public string Usage => "content-status [--path DIR] [--json]";

    public int Run(CommandContext context, IReadOnlyList<string> args)
    {
        var parsed = CommandArgs.Parse(args, ["path"], ["json"]);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{parsed.Positionals[0]}'");
        }

        var languages = new LanguageRegistry();
        var library = new ContentLoader(languages).Load(ContentRoot.Resolve(context, parsed));
        if (parsed.Switch("json"))
        {
            var guides = library.Guides.Select(g => new
            {
                id = g.Id,
                topic = g.Topic,
                languages = languages.All.ToDictionary(l => l.Id, l => g.StateOf(l.Id).Name()),
            });
            context.Out.WriteLine(JsonSerializer.Serialize(new { guides }, Json));
            return ExitCodes.Ok;
        }

        WriteTable(context.Out, library, languages);
        return ExitCodes.Ok;
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
        output.WriteLine("src = easy Japanese source, ok = current, OLD = outdated or no source, - = missing");
    }

    private static string Symbol(TranslationState state) => state switch
    {
        TranslationState.Source => "src",
        TranslationState.Current => "ok",
        TranslationState.Outdated => "OLD",
        _ => "-",
    };
}
