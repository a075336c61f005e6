using Kawasaki.Tabunka.Core.Markdown;

namespace Kawasaki.Tabunka.Core.Tests.Markdown;

/// <summary>Markdown behaviour as data: every example of every file under <c>Specs/</c>.</summary>
public class MarkdownSpecTests
{
    private static readonly HashSet<string> KnownPlaces = ["ward-office", "one-stop-center"];

    private static readonly Dictionary<string, string> KnownGuides = new()
    {
        ["disaster-map"] = "disaster",
        ["call-119"] = "disaster",
        ["one-stop-center"] = "consultation",
    };

    private static readonly IReadOnlyList<MarkdownSpec> All =
        MarkdownSpec.Load(Path.Combine(AppContext.BaseDirectory, "Markdown", "Specs")).ToList();

    public static TheoryData<string, string> Specs()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in All)
        {
            data.Add(spec.File, spec.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Renders_as_the_spec_says(string file, string example)
    {
        var spec = All.Single(s => s.File == file && s.Name == example);
        var lang = spec.Options.GetValueOrDefault("lang", "en");
        var options = new GuideRenderOptions(
            Furigana: spec.Options.GetValueOrDefault("furigana") != "off",
            ResolveLink: (kind, id) => kind == ContentLinkKind.Place
                ? KnownPlaces.Contains(id) ? $"/{lang}/places/{id}" : null
                : KnownGuides.TryGetValue(id, out var topic) ? $"/{lang}/{topic}/{id}" : null,
            CalloutLabel: kind => char.ToUpperInvariant(kind[0]) + kind[1..],
            TextScript: new Core.Languages.LanguageRegistry().Get(spec.Options.GetValueOrDefault("text", "ja-easy")).Script);

        var parsed = GuideMarkdown.Parse(spec.Input);
        var html = GuideMarkdown.Render(parsed, options).Html;

        Assert.Equal(spec.ExpectedHtml.Trim(), html.Trim());
        var problems = string.Join("\n", parsed.Problems.Select(p => $"{p.Line + 1}: {p.Message}"));
        Assert.Equal((spec.ExpectedProblems ?? "").Trim(), problems);
    }
}
