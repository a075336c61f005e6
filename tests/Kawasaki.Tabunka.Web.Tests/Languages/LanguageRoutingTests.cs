using System.Net;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;

namespace Kawasaki.Tabunka.Web.Tests.Languages;

[Collection(SiteCollection.Name)]
public sealed class LanguageRoutingTests(SiteFixture site) : IDisposable
{
    private readonly HttpClient _client = site.CreateClient();

    public void Dispose() => _client.Dispose();

    private async Task<HttpResponseMessage> Get(string url, string? acceptLanguage = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        if (cookie is not null)
        {
            request.Headers.TryAddWithoutValidation("Cookie", cookie);
        }

        return await _client.SendAsync(request);
    }

    [Theory]
    [InlineData("vi", "/vi/")]
    [InlineData("zh-TW,zh;q=0.9", "/zh-hans/")]
    [InlineData("fil-PH", "/tl/")]
    [InlineData("pt-PT", "/pt/")]
    [InlineData("de-DE,de;q=0.9,ne;q=0.4", "/ne/")]
    public async Task The_root_redirects_to_the_browsers_language(string acceptLanguage, string expected)
    {
        using var response = await Get("/", acceptLanguage);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_remembered_language_wins_over_the_browsers()
    {
        using var response = await Get("/", "en-US", "tabunka-lang=ne");
        Assert.Equal("/ne/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_remembered_value_that_is_not_a_language_is_ignored()
    {
        using var response = await Get("/", "ko", "tabunka-lang=%2F%2Fevil.example");
        Assert.Equal("/ko/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("nb-NO")]
    [InlineData("de")]
    [InlineData(null)]
    public async Task Without_a_match_the_root_shows_the_language_chooser(string? acceptLanguage)
    {
        using var response = await Get("/", acceptLanguage);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        var links = page.QuerySelectorAll(".language-chooser a");
        Assert.Equal(
            ["やさしい にほんご", "日本語", "English", "简体中文", "한국어", "Tagalog", "Tiếng Việt", "नेपाली", "Português", "Español", "ภาษาไทย", "Bahasa Indonesia"],
            links.Select(a => a.TextContent));
        Assert.Equal("/ne/?chosen=1", links.Single(a => a.GetAttribute("lang") == "ne").GetAttribute("href"));
    }

    [Fact]
    public async Task Choosing_a_language_remembers_it_and_the_next_visit_to_the_root_goes_there()
    {
        using var response = await Get("/th/?chosen=1");
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("tabunka-lang=th;", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(response.Headers.CacheControl is { Private: true, NoCache: true }, "a response that sets a cookie is for this reader only");

        using var back = await Get("/", acceptLanguage: "vi", cookie: "tabunka-lang=th");
        Assert.Equal("/th/", back.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Reading_a_page_sets_no_cookie_so_that_every_first_visit_can_be_cached()
    {
        using var response = await Get("/th/disaster/");
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.True(response.Headers.CacheControl?.Public);
    }

    [Fact]
    public async Task A_page_in_the_remembered_language_sets_no_cookie_again()
    {
        using var response = await Get("/th/", cookie: "tabunka-lang=th");
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/xx/")]
    [InlineData("/xx/disaster/")]
    [InlineData("/en/no-such-topic/")]
    [InlineData("/en/a/b/c/d")]
    [InlineData("/nothing-here")]
    public async Task Unknown_languages_topics_and_pages_answer_404_with_a_page(string url)
    {
        using var response = await Get(url, "vi");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("h1"));
        Assert.NotNull(page.QuerySelector("a[href^='/']"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task A_404_without_a_language_in_its_url_speaks_the_readers_language()
    {
        using var response = await Get("/xx/", "vi");
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/vi/", page.QuerySelector("main a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/EN/", "/en/")]
    [InlineData("/en", "/en/")]
    [InlineData("/en/Disaster", "/en/disaster/")]
    [InlineData("/en/disaster", "/en/disaster/")]
    [InlineData("/ja-easy/disaster/call-119/", "/ja-easy/disaster/call-119")]
    [InlineData("/en/search/?q=quake", "/en/search?q=quake")]
    [InlineData("/Zh-Hans//school", "/zh-hans/school/")]
    public async Task Other_spellings_of_a_page_redirect_permanently_to_the_lower_case_url(string url, string expected)
    {
        using var response = await Get(url);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/%ZZ")]
    [InlineData("/en/%E0%A4%A")]
    [InlineData("/en/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/en/disaster/%00")]
    public async Task Malformed_urls_never_cause_a_server_error(string url)
    {
        using var response = await Get(url);
        Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
    }
}
