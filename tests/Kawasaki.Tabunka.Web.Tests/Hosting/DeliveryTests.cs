using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;

namespace Kawasaki.Tabunka.Web.Tests.Hosting;

/// <summary>What every response carries: security headers, compression, caching, no script.</summary>
[Collection(SiteCollection.Name)]
public sealed class DeliveryTests(SiteFixture site) : IDisposable
{
    private readonly HttpClient _raw = site.CreateClient(decompress: false);
    private readonly HttpClient _client = site.CreateClient();

    public void Dispose()
    {
        _raw.Dispose();
        _client.Dispose();
    }

    [Theory]
    [InlineData("/en/")]
    [InlineData("/xx/")]
    [InlineData("/")]
    [InlineData("/sitemap.xml")]
    [InlineData("/healthz")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var response = await _raw.GetAsync(url);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Public_pages_load_no_blazor_script_and_no_inline_script_or_style()
    {
        var page = await _client.GetDocumentAsync("/en/");
        var scripts = page.QuerySelectorAll("script");
        Assert.Equal(3, scripts.Length);
        Assert.Matches(@"^/js/search\.[a-z0-9]+\.js$", scripts[0].GetAttribute("src"));
        Assert.Matches(@"^/js/offline\.[a-z0-9]+\.js$", scripts[1].GetAttribute("src"));
        Assert.Matches(@"^/js/readaloud\.[a-z0-9]+\.js$", scripts[2].GetAttribute("src"));
        Assert.All(scripts, script =>
        {
            Assert.True(script.HasAttribute("defer"));
            Assert.Empty(script.TextContent);
        });
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task Pages_are_compressed_with_brotli_when_the_browser_accepts_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ja/");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await _raw.SendAsync(request);
        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task The_stylesheet_has_a_content_hash_in_its_url_and_is_cached_for_a_year()
    {
        var page = await _client.GetDocumentAsync("/en/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/css/site\.[a-z0-9]{6,}\.css$", href);
        using var response = await _raw.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365));
        Assert.Contains(response.Headers.CacheControl!.Extensions, e => e.Name == "immutable");
    }

    [Theory]
    [InlineData("ja-easy")]
    [InlineData("en")]
    [InlineData("th")]
    public async Task A_home_page_with_its_stylesheet_weighs_at_most_30_KB_compressed(string lang)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{lang}/");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await _raw.SendAsync(request);
        var pageBytes = (await response.Content.ReadAsByteArrayAsync()).Length;

        var page = await _client.GetDocumentAsync($"/{lang}/");
        var css = await _client.GetByteArrayAsync(page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        using var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            brotli.Write(css);
        }

        Assert.True(pageBytes + compressed.Length <= 30 * 1024, $"page {pageBytes} B + css {compressed.Length} B");
    }

    [Fact]
    public async Task Health_answers_200_when_the_site_can_serve()
    {
        using var response = await _client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Forwarded_headers_from_a_caller_that_is_not_a_configured_proxy_change_nothing()
    {
        var page = await _client.GetDocumentAsync("/en/", r =>
        {
            r.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "javascript");
            r.Headers.TryAddWithoutValidation("X-Forwarded-Host", "evil.example");
            r.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.9");
        });
        var origin = "http://" + site.BaseAddress.Authority;
        Assert.Equal(origin + "/en/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll("link[rel=alternate]"), l => Assert.StartsWith(origin + "/", l.GetAttribute("href"), StringComparison.Ordinal));
        var sitemap = await _client.GetStringAsync("/sitemap.xml");
        Assert.DoesNotContain("evil.example", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scheme_the_trusted_proxy_forwards_is_the_scheme_of_public_links()
    {
        using var proxy = site.CreateClient(viaProxy: true);
        var page = await proxy.GetDocumentAsync("/en/", r => r.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "https"));
        Assert.Equal($"https://{site.ProxyAddress.Authority}/en/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));

        // Even the trusted proxy cannot make a link of another scheme.
        var forged = await proxy.GetDocumentAsync("/en/", r => r.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "javascript"));
        Assert.Equal($"http://{site.ProxyAddress.Authority}/en/", forged.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }
}
