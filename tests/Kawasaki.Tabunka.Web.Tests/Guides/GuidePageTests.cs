using System.Net;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;

namespace Kawasaki.Tabunka.Web.Tests.Guides;

[Collection(SiteCollection.Name)]
public sealed class GuidePageTests(SiteFixture site) : IDisposable
{
    private readonly HttpClient _client = site.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task A_missing_translation_falls_back_to_easy_japanese_with_a_notice_and_its_own_lang()
    {
        using var response = await _client.GetAsync("/vi/living/test-fallback");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        var notice = page.QuerySelector(".notice-fallback")!.TextContent;
        Assert.Contains("Tiếng Việt", notice, StringComparison.Ordinal);
        Assert.Contains("やさしい にほんご", notice, StringComparison.Ordinal);
        Assert.Equal("ja", page.QuerySelector("article h1")!.GetAttribute("lang"));
        Assert.Equal("ja", page.QuerySelector(".guide-body")!.GetAttribute("lang"));
        Assert.Equal("試験の ガイド", page.QuerySelector("article h1")!.BaseText());
    }

    [Fact]
    public async Task A_reader_whose_language_exists_gets_it_without_notices()
    {
        var page = await _client.GetDocumentAsync("/en/living/test-fallback");
        Assert.Equal("The test guide", page.QuerySelector("article h1")!.TextContent);
        Assert.Null(page.QuerySelector("article h1")!.GetAttribute("lang"));
        Assert.Null(page.QuerySelector(".notice-fallback"));
        Assert.Null(page.QuerySelector(".notice-outdated"));
    }

    [Fact]
    public async Task An_outdated_translation_says_so_and_links_to_the_easy_japanese_version()
    {
        var page = await _client.GetDocumentAsync("/vi/living/test-outdated");
        var notice = page.QuerySelector(".notice-outdated")!;
        Assert.Equal("/ja-easy/living/test-outdated", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Bản đồ thử nghiệm", page.QuerySelector("article h1")!.TextContent);

        var current = await _client.GetDocumentAsync("/en/living/test-outdated");
        Assert.Null(current.QuerySelector(".notice-outdated"));
    }

    [Fact]
    public async Task Guide_links_open_the_linked_guide_in_the_readers_language()
    {
        var page = await _client.GetDocumentAsync("/ne/living/test-fallback");
        Assert.NotNull(page.QuerySelector(".guide-body a[href='/ne/living/test-outdated']"));
    }

    [Fact]
    public async Task Easy_japanese_shows_furigana_by_default_and_the_toggle_turns_them_off_and_remembers()
    {
        var withFurigana = await _client.GetDocumentAsync("/ja-easy/living/test-fallback");
        Assert.NotEmpty(withFurigana.QuerySelectorAll(".guide-body ruby"));
        Assert.Equal("/ja-easy/living/test-fallback?furigana=off", withFurigana.QuerySelector(".furigana-toggle")!.GetAttribute("href"));

        using var off = await _client.GetAsync("/ja-easy/living/test-fallback?furigana=off");
        var offPage = await Html.ParseAsync(await off.Content.ReadAsStringAsync());
        Assert.Empty(offPage.QuerySelectorAll("ruby"));
        Assert.Contains(off.Headers.GetValues("Set-Cookie"), c => c.StartsWith("tabunka-furigana=off;", StringComparison.Ordinal));
        Assert.Equal("http://" + site.BaseAddress.Authority + "/ja-easy/living/test-fallback", offPage.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        var remembered = await _client.GetDocumentAsync("/ja-easy/living/test-fallback", r => r.Headers.Add("Cookie", "tabunka-furigana=off"));
        Assert.Empty(remembered.QuerySelectorAll("ruby"));
        Assert.Equal("/ja-easy/living/test-fallback?furigana=on", remembered.QuerySelector(".furigana-toggle")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_long_guide_has_a_table_of_contents_linking_its_sections()
    {
        var page = await _client.GetDocumentAsync("/ja-easy/living/test-fallback");
        var links = page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(3, links.Count);
        Assert.All(links, href => Assert.NotNull(page.GetElementById(href[1..])));
    }

    [Fact]
    public async Task Callouts_are_titled_in_the_language_of_the_text()
    {
        var vietnamese = await _client.GetDocumentAsync("/vi/living/test-fallback");
        var callout = vietnamese.QuerySelector(".guide-body .callout-warning")!;
        Assert.Equal("ちゅうい", callout.QuerySelector(".callout-title")!.TextContent);
        Assert.Equal("note", callout.GetAttribute("role"));
    }

    [Fact]
    public async Task The_places_a_guide_names_show_their_verified_contacts_in_the_readers_language()
    {
        var page = await _client.GetDocumentAsync("/en/living/test-fallback");
        var cards = page.QuerySelectorAll(".places .place-card");
        Assert.Equal(2, cards.Length);
        Assert.Equal("tel:0442003669", cards[0].QuerySelector("a.tel")!.GetAttribute("href"));
        Assert.Equal("川崎市総務企画局総務部国際交流担当", cards[0].QuerySelector(".official-name span[lang=ja]")!.TextContent);
        Assert.Equal("何でも 聞けます", cards[0].QuerySelector(".about")!.BaseText());
        Assert.Equal("ja", cards[0].QuerySelector(".about")!.GetAttribute("lang"));
        Assert.Equal(7, cards[1].QuerySelectorAll("details").Length);
        Assert.Equal("/en/places/ward-office-kawasaki", cards[1].QuerySelector("details a[href^='/en/places/ward-office-']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_update_date_is_written_in_the_readers_language()
    {
        var page = await _client.GetDocumentAsync("/vi/living/test-fallback");
        var expected = DateDisplay.Format(new DateOnly(2026, 4, 1), new LanguageRegistry().Get("vi").Culture);
        Assert.Contains(expected, page.QuerySelector(".guide-meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_lists_the_languages_the_guide_exists_in()
    {
        var page = await _client.GetDocumentAsync("/vi/living/test-outdated");
        var links = page.QuerySelectorAll(".guide-languages a");
        Assert.Equal(["/ja-easy/living/test-outdated", "/en/living/test-outdated", "/vi/living/test-outdated"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("true", links[2].GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Breadcrumbs_lead_home_and_to_the_topic()
    {
        var page = await _client.GetDocumentAsync("/en/living/test-outdated");
        Assert.Equal(["/en/", "/en/living/"], page.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Map test", page.QuerySelector(".breadcrumbs [aria-current=page]")!.TextContent);
    }

    [Fact]
    public async Task A_guide_asked_for_under_the_wrong_topic_redirects_to_its_topic()
    {
        using var response = await _client.GetAsync("/en/school/test-outdated");
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.EndsWith("/en/living/test-outdated", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/living/no-such-guide")]
    [InlineData("/en/weather/test-fallback")]
    [InlineData("/xx/living/test-fallback")]
    public async Task Unknown_guides_topics_or_languages_answer_404(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_broken_translation_falls_back_while_good_guides_are_unaffected()
    {
        var page = await _client.GetDocumentAsync("/en/living/test-broken");
        Assert.NotNull(page.QuerySelector(".notice-fallback"));
        Assert.Equal("壊れた 試験", page.QuerySelector("article h1")!.BaseText());

        using var other = await _client.GetAsync("/en/living/test-outdated");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_guide_whose_only_file_cannot_be_read_answers_a_page_with_a_clear_message()
    {
        using var response = await _client.GetAsync("/en/living/test-unavailable");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("cannot be shown right now", page.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_topic_page_lists_its_guides_with_summaries_and_marks_other_languages()
    {
        var page = await _client.GetDocumentAsync("/vi/living/");
        var entry = page.QuerySelectorAll(".guide-list li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/vi/living/test-fallback");
        Assert.Equal("ja", entry.QuerySelector("a")!.GetAttribute("lang"));
        Assert.Contains("やさしい にほんご", entry.QuerySelector(".in-language")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(entry.QuerySelector("p[lang=ja]"));

        var vietnamese = page.QuerySelectorAll(".guide-list li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/vi/living/test-outdated");
        Assert.Null(vietnamese.QuerySelector(".in-language"));
    }

    [Fact]
    public async Task The_sitemap_lists_every_guide_in_every_language()
    {
        var xml = await _client.GetStringAsync("/sitemap.xml");
        Assert.Contains("/th/living/test-fallback</loc>", xml, StringComparison.Ordinal);
        Assert.Contains("/ja-easy/living/test-outdated</loc>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Japanese_names_inside_a_translation_are_marked_as_japanese_for_screen_readers()
    {
        var page = await _client.GetDocumentAsync("/ne/school/preschool");
        Assert.Contains(page.QuerySelectorAll("article h1 span[lang='ja']"), s => s.TextContent == "プレスクール");
        Assert.Contains(page.QuerySelectorAll(".guide-body span[lang='ja']"), s => s.TextContent == "小学校");
        Assert.Contains(page.QuerySelectorAll(".places .official-name span[lang='ja']"), s => s.TextContent == "川崎市教育委員会");

        var japanese = await _client.GetDocumentAsync("/ja/school/preschool");
        Assert.Empty(japanese.QuerySelectorAll("span[lang='ja']"));
    }
}
