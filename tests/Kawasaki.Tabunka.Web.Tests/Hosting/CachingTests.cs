using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kawasaki.Tabunka.Core.Banner;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Web.Hosting.Caching;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Web.Tests.Hosting;

/// <summary>
/// The surge path: public pages come from our output cache, carry validators and
/// Cache-Control, answer HEAD and 304; and nothing cached ever hides a change a reader must
/// see (a banner, a published edit) or leaks what belongs to one person (a staff page, a
/// cookie).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class CachingTests(SiteFixture site) : IDisposable
{
    private readonly HttpClient _client = site.CreateClient(decompress: false);

    public void Dispose()
    {
        site.Services.GetRequiredService<BannerStore>().Clear();
        _client.Dispose();
    }

    private async Task<HttpResponseMessage> Get(string url, string encoding = "br", EntityTagHeaderValue? ifNoneMatch = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await _client.SendAsync(request);
    }

    private async Task<string> Text(string url)
    {
        using var client = site.CreateClient();
        return await client.GetStringAsync(url);
    }

    /// <summary>Asks until <paramref name="seen"/> holds, for at most ten seconds (the benchmark, not this test, says how fast).</summary>
    private async Task WaitUntil(string url, Func<string, bool> seen, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (seen(await Text(url)))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{what} on {url} after 10 s");
    }

    [Fact]
    public async Task A_second_reader_gets_the_page_from_the_cache_with_the_same_validator_and_compressed_bytes()
    {
        using var first = await Get("/en/disaster/");
        using var second = await Get("/en/disaster/");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Age.HasValue, "the second answer comes from the output cache (it carries Age)");
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal("br", second.Content.Headers.ContentEncoding.Single());
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.True(second.Headers.CacheControl is { Public: true, MaxAge: not null, NoStore: false });
        Assert.Contains("stale-if-error", second.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(["Accept-Encoding", "Cookie"], second.Headers.Vary);
    }

    [Fact]
    public async Task Each_encoding_has_its_own_validator_and_bytes()
    {
        using var brotli = await Get("/en/school/");
        using var gzip = await Get("/en/school/", "gzip, deflate");
        using var plain = await Get("/en/school/", "identity");

        Assert.Equal("gzip", gzip.Content.Headers.ContentEncoding.Single());
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(3, new[] { brotli.Headers.ETag, gzip.Headers.ETag, plain.Headers.ETag }.Select(e => e!.Tag).Distinct().Count());
    }

    [Fact]
    public async Task A_matching_validator_gets_304_without_a_body()
    {
        using var first = await Get("/en/living/");
        var etag = first.Headers.ETag!;

        using var again = await Get("/en/living/", ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, again.Headers.ETag);

        // The validator of another encoding is not this encoding's.
        using var gzip = await Get("/en/living/", "gzip", ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.OK, gzip.StatusCode);
    }

    [Fact]
    public async Task A_banner_reaches_a_cached_page_and_no_validator_from_before_it_gets_304()
    {
        const string url = "/vi/childcare/";
        using var before = await Get(url);
        var oldTag = before.Headers.ETag!;
        using (var cached = await Get(url))
        {
            Assert.True(cached.Headers.Age.HasValue, "the page was cached before the banner");
        }

        site.Services.GetRequiredService<BannerStore>().Set(new EmergencyBanner(
            new Dictionary<string, string> { ["ja-easy"] = "じしんです", ["en"] = "Earthquake drill notice", ["vi"] = "Thông báo diễn tập động đất" },
            DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1), "test", DateTime.UtcNow));

        await WaitUntil(url, html => html.Contains("Thông báo diễn tập động đất", StringComparison.Ordinal), "the banner was not shown");
        using var revalidated = await Get(url, ifNoneMatch: oldTag);
        Assert.Equal(HttpStatusCode.OK, revalidated.StatusCode);
        Assert.NotEqual(oldTag, revalidated.Headers.ETag);

        site.Services.GetRequiredService<BannerStore>().Clear();
        await WaitUntil(url, html => !html.Contains("Thông báo diễn tập động đất", StringComparison.Ordinal), "the cleared banner was still shown");
    }

    [Fact]
    public async Task A_banner_that_starts_later_appears_on_cached_pages_when_its_time_comes()
    {
        const string url = "/th/disaster/";
        using (await Get(url))
        {
        }

        site.Services.GetRequiredService<BannerStore>().Set(new EmergencyBanner(
            new Dictionary<string, string> { ["ja-easy"] = "くんれんです", ["en"] = "Drill starts now", ["th"] = "การฝึกซ้อมเริ่มแล้ว" },
            DateTime.UtcNow.AddSeconds(2), DateTime.UtcNow.AddHours(1), "test", DateTime.UtcNow));
        Assert.DoesNotContain("การฝึกซ้อมเริ่มแล้ว", await Text(url), StringComparison.Ordinal);

        await WaitUntil(url, html => html.Contains("การฝึกซ้อมเริ่มแล้ว", StringComparison.Ordinal), "the banner was not shown at its start");
    }

    [Fact]
    public async Task A_page_whose_rendering_began_before_a_change_is_never_served_after_it()
    {
        // The race, step by step: a request looks up the page and starts rendering; a banner
        // is set (the cache is emptied); the request stores what it rendered. A reader after
        // the change must not be handed that page.
        var policy = new PublicPagePolicy();
        async Task<OutputCacheContext> Lookup()
        {
            var http = new DefaultHttpContext { RequestServices = site.Services };
            http.Request.Method = "GET";
            http.Request.Path = "/sitemap.xml";
            var context = new OutputCacheContext { HttpContext = http };
            await policy.CacheRequestAsync(context, CancellationToken.None);
            return context;
        }

        var before = await Lookup();
        site.Services.GetRequiredService<BannerStore>().Set(new EmergencyBanner(
            new Dictionary<string, string> { ["ja-easy"] = "くんれんです", ["en"] = "Drill" },
            DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1), "test", DateTime.UtcNow));
        var after = await Lookup();

        Assert.True(before.EnableOutputCaching && after.EnableOutputCaching);
        Assert.NotEqual(
            before.CacheVaryByRules.VaryByValues.OrderBy(v => v.Key),
            after.CacheVaryByRules.VaryByValues.OrderBy(v => v.Key));
    }

    [Fact]
    public async Task A_published_edit_reaches_a_cached_page()
    {
        var file = Path.Combine(site.ContentPath, TestGuides.Topic, "test-cache", "ja-easy.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, TestGuides.Simple("{古|ふる}い {題|だい}", body: "ふるい ぶんしょう。"));
        site.Services.GetRequiredService<ContentStore>().Reload();
        const string url = "/ja-easy/living/test-cache";
        await WaitUntil(url, html => html.Contains("ふるい ぶんしょう", StringComparison.Ordinal), "the first text was not shown");
        using (var cached = await Get(url))
        {
            Assert.True(cached.Headers.Age.HasValue, "the page was cached before the edit");
        }

        // Written as publishing writes it; the content watch does the rest.
        AtomicFile.WriteAllText(file, TestGuides.Simple("{新|あたら}しい {題|だい}", body: "あたらしい ぶんしょう。"));

        await WaitUntil(url, html => html.Contains("あたらしい ぶんしょう", StringComparison.Ordinal), "the published edit was not shown");
    }

    [Theory]
    [InlineData("/en/disaster/call-119")]
    [InlineData("/en/disaster/")]
    [InlineData("/en/")]
    [InlineData("/en/search?q=earthquake")]
    [InlineData("/en/places/")]
    [InlineData("/sitemap.xml")]
    [InlineData("/api/search?q=fire&lang=en")]
    public async Task Head_answers_like_get_without_a_body(string url)
    {
        using var get = await Get(url);
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_on_a_missing_page_is_404()
    {
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/en/disaster/no-such-guide"));
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task A_response_that_sets_a_cookie_is_neither_cached_nor_given_to_shared_caches()
    {
        using var toggled = await Get("/ja-easy/disaster/?furigana=off");
        Assert.True(toggled.Headers.Contains("Set-Cookie"));
        Assert.True(toggled.Headers.CacheControl is { Private: true });
        Assert.Null(toggled.Headers.ETag);

        using var next = await Get("/ja-easy/disaster/?furigana=off");
        Assert.False(next.Headers.Age.HasValue, "a response that set a cookie was stored");
        Assert.True(next.Headers.Contains("Set-Cookie"), "the cookie must be set again, not skipped by a cached copy");
    }

    [Fact]
    public async Task A_reader_with_a_preference_gets_their_variant_and_a_private_answer()
    {
        using var shared = await Get("/ja-easy/school/");
        using var off = await Get("/ja-easy/school/", cookie: "tabunka-furigana=off");

        Assert.True(off.Headers.CacheControl is { Private: true });
        Assert.NotEqual(shared.Headers.ETag, off.Headers.ETag);
        using var plain = await Get("/ja-easy/school/", "identity", cookie: "tabunka-furigana=off");
        Assert.DoesNotContain("<rt>", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var ruby = await Get("/ja-easy/school/", "identity");
        Assert.Contains("<rt>", await ruby.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_pages_are_never_cached_nor_cacheable()
    {
        var (email, password) = await StaffTestAccounts.CreateAsync(site, Kawasaki.Tabunka.Staff.Data.StaffRoles.Editor);
        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Kawasaki.Tabunka.Staff.Data.StaffUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }

        using var staff = new StaffClient(site);
        using (var signIn = await staff.SignInAsync(email, password))
        {
            Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        }

        using var first = await staff.GetAsync("/staff");
        using var second = await staff.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(second.Headers.Age.HasValue);
        Assert.Null(second.Headers.ETag);
        Assert.False(second.Headers.CacheControl?.Public ?? false);

        using var anonymous = await _client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Found, anonymous.StatusCode);
        Assert.False(anonymous.Headers.Age.HasValue);
    }

    [Fact]
    public async Task A_query_key_that_selects_nothing_bypasses_the_cache()
    {
        using var first = await Get("/en/privacy?utm_source=chat");
        using var second = await Get("/en/privacy?utm_source=chat");
        Assert.False(second.Headers.Age.HasValue);
        Assert.True(second.Headers.CacheControl is { Private: true });
    }

    [Fact]
    public async Task Search_answers_are_cached_per_query()
    {
        using var a = await Get("/api/search?q=school&lang=vi");
        using var b = await Get("/api/search?q=school&lang=vi");
        using var c = await Get("/api/search?q=hospital&lang=vi");

        Assert.True(b.Headers.Age.HasValue);
        Assert.False(c.Headers.Age.HasValue);
        Assert.True(b.Headers.CacheControl is { Public: true });
        var json = JsonDocument.Parse(await (await Get("/api/search?q=hospital&lang=vi", "identity")).Content.ReadAsStringAsync());
        Assert.Equal("hospital", json.RootElement.GetProperty("query").GetString());
    }
}
