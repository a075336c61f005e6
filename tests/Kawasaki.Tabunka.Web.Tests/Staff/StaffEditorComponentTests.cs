using Bunit;
using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Staff;
using Kawasaki.Tabunka.Staff.History;
using Kawasaki.Tabunka.Web.Features.Staff;
using Kawasaki.Tabunka.Web.Features.Staff.Editor;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Web.Tests.Staff;

/// <summary>bUnit tests of the editor's parts, with the site's real pipeline and strings.</summary>
public sealed class StaffEditorComponentTests : ComponentTestBase
{
    private static readonly ContentKey Key = new("disaster", "call-119", "ja-easy");
    private readonly string _content = Directory.CreateTempSubdirectory("editor-").FullName;

    public StaffEditorComponentTests()
    {
        TestGuides.Write(_content, "disaster-map/en.md", TestGuides.Simple("Map"));
        var options = Options.Create(new TabunkaOptions { ContentPath = _content });
        Services.AddSingleton(new ContentStore(new ContentLoader(Languages), options, NullLogger<ContentStore>.Instance));
        var staffStrings = Core.Localization.LocaleCatalog.Load(Path.Combine(Repository.Locales, "staff"), Languages);
        Services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizer<StaffStrings>>(
            new Localization.TabunkaStringLocalizer<StaffStrings>(staffStrings, () => Languages.Get("en")));
        UseLanguage("en");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_content))
        {
            Directory.Delete(_content, recursive: true);
        }
    }

    [Fact]
    public void The_preview_renders_the_text_as_residents_see_it_with_furigana_and_resolved_guide_links()
    {
        var cut = Render<PreviewPane>(p => p.Add(c => c.Key, Key).Add(c => c.Text,
            "---\ntitle: \"{地震|じしん}\"\nsummary: \"{注意|ちゅうい}\"\nupdated: 2026-04-01\n---\n\n## {頭|あたま}を {守|まも}る\n\n[マップ](guide:disaster-map)\n\n> [!WARNING]\n> あぶない\n"));

        Assert.Equal("じしん", cut.Find("article h1 rt").TextContent);
        Assert.Equal("/ja-easy/living/disaster-map", cut.Find(".guide-body a").GetAttribute("href"));
        Assert.Equal("ちゅうい", cut.Find(".callout-title").TextContent);
        Assert.Equal("ja", cut.Find("article").GetAttribute("lang"));
    }

    [Fact]
    public void Invalid_text_shows_its_problems_with_lines_instead_of_a_preview()
    {
        var cut = Render<PreviewPane>(p => p.Add(c => c.Key, Key).Add(c => c.Text, "---\ntitle: T\nupdated: 2026-13-01\n---\n\n{漢字|かんじ\n"));

        Assert.Empty(cut.FindAll("article"));
        var problems = cut.FindAll(".problems li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(problems, p => p.StartsWith("line 3", StringComparison.Ordinal) && p.Contains("not a date", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("line 6", StringComparison.Ordinal) && p.Contains("not closed", StringComparison.Ordinal));
    }

    [Fact]
    public void The_easy_japanese_check_marks_kanji_without_furigana_on_their_line()
    {
        var version = GuideFileReader.Read("disaster", "x", "ja-easy", "p", "---\ntitle: \"{題|だい}\"\nsummary: \"{説明|せつめい}\"\nupdated: 2026-04-01\n---\n\n{机|つくえ}の 下に {入|はい}ります。\n", [])!;
        var cut = Render<EasyJapanesePanel>(p => p.Add(c => c.Version, version));

        var finding = cut.Find(".finding-KanjiWithoutFurigana");
        Assert.Contains("line 7", finding.TextContent, StringComparison.Ordinal);
        Assert.Equal(["下"], finding.QuerySelectorAll("mark").Select(m => m.TextContent));
    }

    [Fact]
    public void The_easy_japanese_check_says_so_when_the_text_is_clean()
    {
        var version = GuideFileReader.Read("disaster", "x", "ja-easy", "p", "---\ntitle: \"{題|だい}\"\nsummary: \"{説明|せつめい}\"\nupdated: 2026-04-01\n---\n\n{机|つくえ}の {下|した}に {入|はい}ります。\n", [])!;
        var cut = Render<EasyJapanesePanel>(p => p.Add(c => c.Version, version));
        Assert.Equal("No problems found.", cut.Find(".checker-clean").TextContent);
    }

    [Fact]
    public void A_conflict_shows_both_versions_and_offers_to_continue_from_theirs()
    {
        var continued = false;
        var cut = Render<ConflictPanel>(p => p
            .Add(c => c.TheirText, "their text")
            .Add(c => c.Author, "someone@example.jp")
            .Add(c => c.YourText, "my text")
            .Add(c => c.ContinueFromTheirs, () => continued = true));

        Assert.Equal("their text", cut.Find(".their-text").TextContent);
        Assert.Equal("my text", cut.Find(".your-text").TextContent);
        Assert.Contains("someone@example.jp", cut.Find("h3").TextContent, StringComparison.Ordinal);
        cut.Find("button").Click();
        Assert.True(continued);
    }

    [Fact]
    public void A_diff_marks_added_and_removed_lines()
    {
        var cut = Render<DiffView>(p => p.Add(c => c.Lines, HistoryService.Diff("a\nb\n", "a\nc\n")));
        Assert.Equal("- b", cut.Find(".diff-removed").TextContent.Trim());
        Assert.Equal("+ c", cut.Find(".diff-added").TextContent.Trim());
    }
}
