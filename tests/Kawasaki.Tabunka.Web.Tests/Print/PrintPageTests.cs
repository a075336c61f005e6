using System.Net;
using Kawasaki.Tabunka.Web.Localization;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;

namespace Kawasaki.Tabunka.Web.Tests.Print;

/// <summary>
/// The leaflet a counter prints and the short address its QR code holds, as HTML: the two
/// languages section beside section, marked with their own <c>lang</c>; nothing of the site
/// around them; and <c>/g/{id}</c> opening the guide in the phone's language.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PrintPageTests(SiteFixture site) : IDisposable
{
    private readonly HttpClient _client = site.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task A_leaflet_sets_the_readers_language_beside_easy_Japanese_section_by_section()
    {
        var page = await _client.GetDocumentAsync("/ne/consultation/dv-support/print");

        Assert.Empty(page.QuerySelectorAll(".site-header, .site-footer, nav, .language-switcher, .search-box, script"));
        Assert.Equal("ne", page.QuerySelector("article.leaflet h1")!.GetAttribute("lang"));
        Assert.Equal("ja", page.QuerySelector(".leaflet-title-second")!.GetAttribute("lang"));
        // Easy Japanese keeps its readings on paper.
        Assert.NotEmpty(page.QuerySelectorAll(".leaflet-title-second rt"));

        var rows = page.QuerySelectorAll(".leaflet-row");
        Assert.True(rows.Length >= 3, $"{rows.Length} rows");
        foreach (var row in rows)
        {
            var columns = row.QuerySelectorAll(".leaflet-text");
            Assert.Equal(2, columns.Length);
            Assert.Equal(["ne", "ja"], columns.Select(c => c.GetAttribute("lang")));
            // Section beside section: both columns start with a heading, or neither does.
            Assert.Equal(columns[0].QuerySelector("h2") is null, columns[1].QuerySelector("h2") is null);
        }

        var qr = page.QuerySelector(".leaflet-qr svg")!;
        Assert.Equal("img", qr.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(qr.GetAttribute("aria-label")));
        Assert.Contains(site.BaseAddress + "g/dv-support", page.QuerySelector(".leaflet-foot")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_pair_of_languages_prints_and_one_language_prints_alone()
    {
        var pair = await _client.GetDocumentAsync("/vi/school/school-enrollment/print?with=ko");
        Assert.Equal(["vi", "ko"], pair.QuerySelector(".leaflet-row")!.QuerySelectorAll(".leaflet-text").Select(c => c.GetAttribute("lang")));

        var alone = await _client.GetDocumentAsync("/en/school/school-enrollment/print?with=en");
        Assert.NotNull(alone.QuerySelector("article.leaflet-single"));
        Assert.All(alone.QuerySelectorAll(".leaflet-row"), row => Assert.Single(row.QuerySelectorAll(".leaflet-text")));
    }

    [Theory]
    [InlineData("/en/school/school-enrollment/print?with=xx")]
    [InlineData("/en/disaster/school-enrollment/print")]
    [InlineData("/en/school/no-such-guide/print")]
    public async Task A_leaflet_that_does_not_exist_is_a_404(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("ne-NP,ne;q=0.9,en;q=0.5", null, "/ne/consultation/dv-support")]
    [InlineData("ja-JP", "vi", "/vi/consultation/dv-support")]
    [InlineData("fr-FR", null, "/en/consultation/dv-support")]
    [InlineData(null, null, "/en/consultation/dv-support")]
    public async Task The_short_address_opens_the_guide_in_the_remembered_else_the_browsers_language(string? acceptLanguage, string? remembered, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/g/dv-support");
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        if (remembered is not null)
        {
            request.Headers.TryAddWithoutValidation("Cookie", $"{LanguageCookie.Name}={remembered}");
        }

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
        // Another reader of the same leaflet asks the same address: no shared cache may keep one answer.
        Assert.Contains("no-cache", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_address_to_no_guide_is_a_404()
    {
        using var response = await _client.GetAsync("/g/no-such-guide");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_guide_page_links_its_leaflet_and_carries_its_address_for_paper()
    {
        var page = await _client.GetDocumentAsync("/th/disaster/call-119");

        Assert.Equal("/th/disaster/call-119/print", page.QuerySelector("a.print-link")!.GetAttribute("href"));
        Assert.Contains(site.BaseAddress + "th/disaster/call-119", page.QuerySelector(".print-only.print-address")!.TextContent, StringComparison.Ordinal);
    }
}
