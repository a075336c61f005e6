using System.Net;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;

namespace Kawasaki.Tabunka.Web.Tests.Shared;

[Collection(SiteCollection.Name)]
public sealed class PageHeadTests(SiteFixture site) : IDisposable
{
    private static readonly LanguageRegistry Languages = new();
    private readonly HttpClient _client = site.CreateClient();

    public void Dispose() => _client.Dispose();

    public static TheoryData<string> LanguageIds() => new(Languages.All.Select(l => l.Id));

    [Theory]
    [MemberData(nameof(LanguageIds))]
    public async Task Every_language_home_has_its_lang_twelve_alternates_and_a_canonical_link(string id)
    {
        using var response = await _client.GetAsync($"/{id}/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        var language = Languages.Get(id);

        Assert.Equal(language.HtmlLang, page.DocumentElement.GetAttribute("lang"));
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]")
            .Where(l => l.GetAttribute("hreflang") != "x-default")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => new Uri(l.GetAttribute("href")!).AbsolutePath);
        Assert.Equal(12, alternates.Count);
        Assert.All(Languages.All, l => Assert.Equal($"/{l.Id}/", alternates[l.HrefLang]));
        Assert.Equal(new Uri(site.BaseAddress, $"/{id}/").ToString(), page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_topic_page_links_its_alternates_to_the_same_topic()
    {
        var page = await _client.GetDocumentAsync("/vi/school/");
        var thai = page.QuerySelector("link[rel=alternate][hreflang=th]")?.GetAttribute("href");
        Assert.Equal("/th/school/", new Uri(thai!).AbsolutePath);
    }

    [Fact]
    public async Task The_home_page_lists_the_five_topics_the_search_box_and_the_emergency_numbers()
    {
        var page = await _client.GetDocumentAsync("/en/");
        Assert.Equal(
            ["/en/consultation/", "/en/disaster/", "/en/school/", "/en/childcare/", "/en/living/"],
            page.QuerySelectorAll(".topics a").Select(a => a.GetAttribute("href")));
        var form = page.QuerySelector("form[role=search]")!;
        Assert.Equal("/en/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(["tel:110", "tel:119"], page.QuerySelectorAll(".emergency a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_language_switcher_leads_to_the_same_page_in_each_language()
    {
        var page = await _client.GetDocumentAsync("/en/disaster/");
        var links = page.QuerySelectorAll(".language-switcher a").ToList();
        Assert.Equal(12, links.Count);
        Assert.Equal("/ne/disaster/?chosen=1", links.Single(a => a.GetAttribute("hreflang") == "ne").GetAttribute("href"));
        Assert.Equal("true", links.Single(a => a.GetAttribute("href") == "/en/disaster/?chosen=1").GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Ui_strings_come_in_the_pages_language()
    {
        var page = await _client.GetDocumentAsync("/ja/");
        Assert.Equal("緊急のとき", page.QuerySelector(".emergency h2")?.TextContent);
        Assert.Equal("検索", page.QuerySelector("form[role=search] button")?.TextContent);
    }
}
