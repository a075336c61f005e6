using Kawasaki.Tabunka.Core.Content;

namespace Kawasaki.Tabunka.Web.Tests.Infrastructure;

/// <summary>
/// Guides written into the test site's scratch content beside the real ones, so that the
/// fallback, outdated and broken-file cases do not depend on today's translations. Their
/// ids start with <c>test-</c> and their words are unusual enough not to disturb search.
/// </summary>
public static class TestGuides
{
    public const string Topic = "living";

    public static readonly string FallbackSource = """
        ---
        title: "{試験|しけん}の ガイド"
        summary: "{大切|たいせつ}な {試験|しけん}です。"
        updated: 2026-04-01
        keywords: [zebrafinch]
        places:
          - id: international-affairs-office
            about: "{何|なん}でも {聞|き}けます"
          - id: ward-office
        ---

        ## {一|いち}つ{目|め}

        [{地図|ちず}の ガイド](guide:test-outdated)を {見|み}て ください。

        > [!WARNING]
        > エレベーターは {使|つか}いません。

        ## {二|に}つ{目|め}

        テキスト。

        ## {三|さん}つ{目|め}

        テキスト。
        """;

    public static readonly string FallbackEnglish = """
        ---
        title: The test guide
        summary: An important test.
        updated: 2026-04-01
        source: REVISION
        ---

        ## First

        See [the map guide](guide:test-outdated).
        """;

    public static string Simple(string title, string? source = null, string body = "Text.") =>
        $"---\ntitle: \"{title}\"\nsummary: \"{title} summary\"\nupdated: 2026-04-01\n{(source is null ? "" : $"source: {source}\n")}---\n\n{body}\n";

    public static void WriteInto(string contentRoot)
    {
        Write(contentRoot, "test-fallback/ja-easy.md", FallbackSource);
        Write(contentRoot, "test-fallback/en.md", FallbackEnglish.Replace("REVISION", Revision.Of(GuideFile.Parse(FallbackSource).Body), StringComparison.Ordinal));

        var outdatedSource = Simple("{地図|ちず}の {試験|しけん}", body: "{新|あたら}しい {文|ぶん}です。");
        Write(contentRoot, "test-outdated/ja-easy.md", outdatedSource);
        Write(contentRoot, "test-outdated/vi.md", Simple("Bản đồ thử nghiệm", source: "00000000"));
        Write(contentRoot, "test-outdated/en.md", Simple("Map test", source: Revision.Of(GuideFile.Parse(outdatedSource).Body)));

        Write(contentRoot, "test-broken/ja-easy.md", Simple("{壊|こわ}れた {試験|しけん}"));
        Write(contentRoot, "test-broken/en.md", "---\ntitle: \"Broken\nsummary: unclosed quote\n");

        // A web address that paper has to spell out (example.org: reserved, never a real site).
        Write(contentRoot, "test-print/ja-easy.md", Simple("{印刷|いんさつ}の {試験|しけん}", body: "[{例|れい}の ページ](https://www.example.org/print-test)を {見|み}て ください。"));

        Write(contentRoot, "test-unavailable/en.md", Simple("Deep", body: new string('>', 100_000) + " x"));

        // Edited by the staff tests, so that no other test depends on its text.
        Write(contentRoot, "test-staff/ja-easy.md", Simple("{職員|しょくいん}の {試験|しけん}").Replace("updated: 2026-04-01\n", "updated: 2026-04-01\nplaces:\n  - id: test-place\n", StringComparison.Ordinal));
        Write(contentRoot, "test-staff/en.md", Simple("Staff test"));
        WritePlace(contentRoot, "test-place", "kind: consultation\nofficial_name: 試験の窓口\nsource: \"test\"\n", "name: Test counter\n");
    }

    /// <summary>A place of the test site's directory, edited by the staff tests.</summary>
    public static void WritePlace(string contentRoot, string id, string facts, string english)
    {
        var folder = Path.Combine(contentRoot, "places", id);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "place.yml"), facts);
        File.WriteAllText(Path.Combine(folder, "en.yml"), english);
    }

    public static string Write(string contentRoot, string relative, string text)
    {
        var path = Path.Combine(contentRoot, Topic, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
