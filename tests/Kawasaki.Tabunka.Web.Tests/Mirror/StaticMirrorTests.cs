using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Kawasaki.Tabunka.Core.Banner;
using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Mirror;
using Kawasaki.Tabunka.Web.Hosting;
using Kawasaki.Tabunka.Web.Hosting.Caching;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Web.Tests.Mirror;

/// <summary>The static mirror made from the shared test host, and its refresh on a change.</summary>
[Collection(SiteCollection.Name)]
public sealed class StaticMirrorTests(SiteFixture site) : IDisposable
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly string _scratch = Directory.CreateTempSubdirectory("tabunka-mirror-test-").FullName;
    private readonly HttpClient _client = site.CreateClient(decompress: false);

    private string MirrorPath => Path.Combine(_scratch, "mirror");

    public void Dispose()
    {
        _client.Dispose();
        Directory.Delete(_scratch, recursive: true);
    }

    [Fact]
    public async Task Every_sitemap_page_is_written_as_the_site_serves_it_with_the_files_it_loads()
    {
        // A mirror from before, with a page the site no longer has: replaced whole.
        Directory.CreateDirectory(MirrorPath);
        await File.WriteAllTextAsync(Path.Combine(MirrorPath, "gone.html"), "old");
        await Settle();

        var result = await new StaticMirror(_client).WriteAsync(MirrorPath);

        Assert.False(File.Exists(Path.Combine(MirrorPath, "gone.html")));
        Assert.Equal([MirrorPath], Directory.EnumerateFileSystemEntries(_scratch));
        Assert.Empty(result.Skipped);

        var sitemap = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));
        var paths = sitemap.Descendants(SitemapNs + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
        Assert.True(paths.Count > 700, $"the sitemap lists {paths.Count} pages");
        foreach (var path in paths)
        {
            var file = Path.Combine(MirrorPath, path.TrimStart('/'), "index.html");
            Assert.True(File.Exists(file), $"{path}: no {file}");
            Assert.True(Same(await Served(path), await File.ReadAllBytesAsync(file)), $"{path}: the mirror's copy differs from what the site serves");
        }

        // The language chooser at / is never cached, so each answer carries Blazor's state
        // comment encrypted anew; the rest of the page is the same.
        var chooser = await File.ReadAllTextAsync(Path.Combine(MirrorPath, "index.html"));
        Assert.Equal(WithoutComponentState(System.Text.Encoding.UTF8.GetString(await Served("/"))), WithoutComponentState(chooser));
        Assert.Contains("language-chooser", chooser, StringComparison.Ordinal);

        // What every page loads, at its path, with the bytes the site serves.
        var home = await Html.ParseAsync(await File.ReadAllTextAsync(Path.Combine(MirrorPath, "en", "index.html")));
        var loaded = home.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], link[rel=manifest], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.Contains(loaded, l => l.StartsWith("/css/site.", StringComparison.Ordinal));
        Assert.Contains("/en/manifest.webmanifest", loaded);
        foreach (var path in loaded.Append("/sw.js").Append("/en/offline-pack.json"))
        {
            var file = Path.Combine(MirrorPath, path.TrimStart('/'));
            Assert.True(File.Exists(file), $"{path} is not in the mirror");
            Assert.True(Same(await Served(path), await File.ReadAllBytesAsync(file)), $"{path}: the mirror's copy differs");
        }

        Assert.True(File.Exists(Path.Combine(MirrorPath, "en", "offline", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(MirrorPath, "staff")));
        Assert.False(Directory.Exists(Path.Combine(MirrorPath, "api")));

        var pages = Directory.EnumerateFiles(MirrorPath, "index.html", SearchOption.AllDirectories).Count();
        Assert.Equal(pages, result.Pages);
        using var info = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(MirrorPath, StaticMirror.InfoFile)));
        Assert.Equal(pages, info.RootElement.GetProperty("pages").GetInt32());
        var made = DateTimeOffset.Parse(info.RootElement.GetProperty("made").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(made, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task The_search_page_of_every_language_lists_the_topics_and_has_no_search_form()
    {
        var result = await new StaticMirror(_client).WriteAsync(MirrorPath);

        foreach (var language in site.Services.GetRequiredService<LanguageRegistry>().All)
        {
            var file = Path.Combine(MirrorPath, language.Id, "search", "index.html");
            Assert.True(File.Exists(file), $"no search page for {language.Id}");
            var page = await Html.ParseAsync(await File.ReadAllTextAsync(file));
            Assert.Empty(page.QuerySelectorAll("form"));
            Assert.Empty(page.QuerySelectorAll("input"));
            var links = page.QuerySelectorAll("ul.topics a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(Topics.All.Select(t => $"/{language.Id}/{t}/"), links);
            Assert.Equal(language.HtmlLang, page.DocumentElement.GetAttribute("lang"));
        }

        // The home page itself keeps its form: it is copied as the site serves it.
        var home = await Html.ParseAsync(await File.ReadAllTextAsync(Path.Combine(MirrorPath, "en", "index.html")));
        Assert.Equal("/en/search", home.QuerySelector("form[role=search]")?.GetAttribute("action"));
        Assert.True(result.Pages > 12 * 60);
    }

    [Fact]
    public async Task A_page_that_fails_leaves_the_old_mirror_as_it_was_and_is_named()
    {
        Directory.CreateDirectory(Path.Combine(MirrorPath, "en"));
        await File.WriteAllTextAsync(Path.Combine(MirrorPath, "en", "index.html"), "the old mirror");
        var before = Snapshot(MirrorPath);

        using var failing = new HttpClient(new FailOn("/en/disaster/call-119", HttpStatusCode.InternalServerError))
        { BaseAddress = site.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var error = await Assert.ThrowsAsync<MirrorException>(() => new StaticMirror(failing).WriteAsync(MirrorPath));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("/en/disaster/call-119", problem.Url);
        Assert.StartsWith("500", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(MirrorPath));
        Assert.Equal([MirrorPath], Directory.EnumerateFileSystemEntries(_scratch));
    }

    [Fact]
    public async Task An_unreachable_site_is_one_problem_and_writes_nothing()
    {
        using var nowhere = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ClosedPort()}"), Timeout = TimeSpan.FromSeconds(10) };
        var error = await Assert.ThrowsAsync<MirrorException>(() => new StaticMirror(nowhere).WriteAsync(MirrorPath));
        Assert.StartsWith("could not read http://127.0.0.1:", error.Message, StringComparison.Ordinal);
        Assert.Empty(error.Problems);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_scratch));
    }

    [Fact]
    public async Task The_refresher_writes_the_mirror_once_search_is_ready_and_again_after_a_banner_is_set()
    {
        var options = Options.Create(new TabunkaOptions { Mirror = { Path = MirrorPath } });
        using var refresher = new MirrorRefresher(options, site.Services.GetRequiredService<SiteVersion>(), site.Services.GetRequiredService<IServer>(),
            site.Services.GetRequiredService<IHostApplicationLifetime>(), site.Services.GetRequiredService<Kawasaki.Tabunka.Search.SearchReadiness>(), TimeProvider.System,
            site.Services.GetRequiredService<ILogger<MirrorRefresher>>())
        { Debounce = TimeSpan.FromMilliseconds(300) };
        await refresher.StartAsync(CancellationToken.None);
        try
        {
            var english = Path.Combine(MirrorPath, "en", "index.html");
            await WaitFor(() => refresher.LastResult is not null, "first mirror");
            var first = refresher.LastResult!;
            Assert.DoesNotContain("Mirror test banner", await File.ReadAllTextAsync(english), StringComparison.Ordinal);

            site.Services.GetRequiredService<BannerStore>().Set(new EmergencyBanner(
                new Dictionary<string, string> { ["ja-easy"] = "ミラー の テスト", ["en"] = "Mirror test banner" },
                DateTime.UtcNow.AddMinutes(-1), null, "test", DateTime.UtcNow));

            await WaitFor(() => !ReferenceEquals(refresher.LastResult, first) && File.ReadAllText(english).Contains("Mirror test banner", StringComparison.Ordinal), "banner in the mirror");
            Assert.Contains("Mirror test banner", await File.ReadAllTextAsync(Path.Combine(MirrorPath, "en", "disaster", "call-119", "index.html")), StringComparison.Ordinal);
            Assert.Contains("ミラー の テスト", await File.ReadAllTextAsync(Path.Combine(MirrorPath, "ja-easy", "search", "index.html")), StringComparison.Ordinal);
        }
        finally
        {
            await refresher.StopAsync(CancellationToken.None);
            site.Services.GetRequiredService<BannerStore>().Clear();
        }
    }

    [Theory]
    [InlineData("http://0.0.0.0:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://[::]:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://+:80", "http://127.0.0.1/")]
    [InlineData("http://*:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://[::1]:5001", "http://[::1]:5001/")]
    [InlineData("https://localhost:5443", "https://localhost:5443/")]
    public void A_wildcard_listening_address_is_fetched_from_127_0_0_1(string listening, string expected) =>
        Assert.Equal(new Uri(expected), MirrorRefresher.Reachable(listening));

    private static bool Same(byte[] served, byte[] mirrored) => served.AsSpan().SequenceEqual(mirrored);

    private static string WithoutComponentState(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "<!--Blazor-Server-Component-State:[^>]*-->", "");

    private async Task<byte[]> Served(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd("identity");
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>
    /// Waits until the site version has not changed for a second and a half: a content folder
    /// edited by the test before this one reloads a moment later, which would change pages
    /// between the mirror and the comparison.
    /// </summary>
    private async Task Settle()
    {
        var version = site.Services.GetRequiredService<SiteVersion>();
        var clock = Stopwatch.StartNew();
        var token = version.Token;
        var since = clock.Elapsed;
        while (clock.Elapsed - since < TimeSpan.FromSeconds(1.5) && clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(250);
            if (version.Token != token)
            {
                token = version.Token;
                since = clock.Elapsed;
            }
        }
    }

    private static async Task WaitFor(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"no {what} after 90 s");
    }

    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), File.ReadAllText);

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The site as it is, except that one path answers with an error.</summary>
    private sealed class FailOn(string path, HttpStatusCode status) : DelegatingHandler(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.RequestUri?.AbsolutePath == path
                ? Task.FromResult(new HttpResponseMessage(status) { RequestMessage = request })
                : base.SendAsync(request, cancellationToken);
    }
}
