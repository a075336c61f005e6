using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Kawasaki.Tabunka.Search;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Web.Tests.Search;

[Collection(SiteCollection.Name)]
public sealed class SearchApiTests(SiteFixture site) : IDisposable
{
    private readonly HttpClient _client = site.CreateClient();

    public void Dispose() => _client.Dispose();

    private async Task<(HttpStatusCode Status, JsonElement Json)> Get(string url)
    {
        using var response = await _client.GetAsync(url);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    [Fact]
    public async Task The_api_answers_in_the_shape_of_the_contract()
    {
        var (status, json) = await Get("/api/search?q=zebrafinch&lang=ja-easy");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("zebrafinch", json.GetProperty("query").GetString());
        Assert.Equal("ja-easy", json.GetProperty("lang").GetString());
        Assert.Equal(1, json.GetProperty("total").GetInt32());
        var result = json.GetProperty("results")[0];
        Assert.Equal(["id", "lang", "topic", "title", "url", "snippet"], result.EnumerateObject().Select(p => p.Name));
        Assert.Equal("test-fallback", result.GetProperty("id").GetString());
        Assert.Equal("/ja-easy/living/test-fallback", result.GetProperty("url").GetString());
        Assert.Equal("試験の ガイド", result.GetProperty("title").GetString());
        Assert.DoesNotContain(Snippets.MarkStart, result.GetProperty("snippet").GetString()!);
    }

    [Theory]
    [InlineData("/api/search?q=x&lang=xx", "unknown language 'xx'")]
    [InlineData("/api/search?q=x", "lang is required, e.g. lang=en")]
    [InlineData("/api/search?q=&lang=en", "q is empty")]
    [InlineData("/api/search?q=%20%00%09&lang=en", "q is empty")]
    [InlineData("/api/search?q=x&lang=en&limit=ten", "limit must be a whole number from 1 to 50")]
    public async Task Bad_requests_answer_400_with_an_error(string url, string error)
    {
        var (status, json) = await Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(error, json.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("hinanjo", "vi")]
    [InlineData("ひなんじょ", "ja")]
    [InlineData("kyuukyuusha", "ko")]
    public async Task Kana_and_romaji_find_the_japanese_guides_written_in_kanji(string query, string reader)
    {
        var (status, json) = await Get($"/api/search?q={Uri.EscapeDataString(query)}&lang={reader}&limit=10");
        Assert.Equal(HttpStatusCode.OK, status);
        var japanese = json.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("lang").GetString() is "ja" or "ja-easy")
            .Select(r => r.GetProperty("topic").GetString())
            .ToList();
        Assert.Contains("disaster", japanese);
    }

    [Fact]
    public async Task The_limit_is_capped_at_fifty()
    {
        var (status, json) = await Get("/api/search?q=test&lang=en&limit=500");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(json.GetProperty("results").GetArrayLength() <= 50);
    }

    public static TheoryData<string> HostileQueries() => new(
        "*",
        "\"",
        new string('(', 10_000),
        string.Join(" ", Enumerable.Repeat("OR", 2_000)),
        new string('x', 20_000),
        new string('あ', 20_000 / 3),
        "\u0001\u0002\u0003\u001b[31m",
        "title:shelter body:*",
        "%00%0a<script>alert(1)</script>",
        "\ud800");

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_input_answers_quickly_and_never_with_a_server_error(string query)
    {
        var clock = Stopwatch.StartNew();
        using var response = await _client.GetAsync("/api/search?lang=en&q=" + Uri.EscapeDataString(query.Replace("\ud800", "x", StringComparison.Ordinal)) + (query == "\ud800" ? "%ED%A0%80" : ""));
        clock.Stop();

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Searches_that_find_nothing_are_counted_for_staff_without_who_asked()
    {
        var (_, json) = await Get("/api/search?q=qwzxv&lang=vi");
        Assert.Equal(0, json.GetProperty("total").GetInt32());

        var log = site.Services.GetRequiredService<ZeroResultLog>();
        Assert.Contains(log.Top("vi"), q => q.Query == "qwzxv" && q.Count >= 1);
    }

    [Fact]
    public async Task Suggestions_come_from_titles_and_keywords_of_the_language()
    {
        var (status, json) = await Get("/api/suggest?lang=ja-easy&q=zebra");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("zebrafinch", json.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Too_many_searches_from_one_address_answer_429_politely()
    {
        // Through the trusted proxy, each forwarded address has its own budget.
        using var proxy = site.CreateClient(viaProxy: true);
        var limit = site.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Core.Configuration.TabunkaOptions>>().Value.Search.RequestsPerMinute;
        HttpResponseMessage? last = null;
        for (var i = 0; i <= limit && last?.StatusCode != HttpStatusCode.TooManyRequests; i++)
        {
            last?.Dispose();
            // Each query its own (a repeated one is answered from the cache, which costs nothing).
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/suggest?lang=en&q=ab{i}");
            request.Headers.Add("X-Forwarded-For", "203.0.113.77");
            last = await proxy.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal("60", last.Headers.GetValues("Retry-After").Single());
        Assert.Contains("wait a minute", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        last.Dispose();

        using var other = await _client.GetAsync("/api/suggest?lang=en&q=ab");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_caller_that_is_not_the_proxy_cannot_escape_the_limit_by_inventing_forwarded_addresses()
    {
        using var proxy = site.CreateClient(viaProxy: true);
        var limit = site.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Core.Configuration.TabunkaOptions>>().Value.Search.RequestsPerMinute;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= limit; i++)
        {
            // The proxy forwards one resident's address; that resident also adds a forged header of their own.
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/suggest?lang=en&q=cd{i}");
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i % 250}, 203.0.113.88");
            using var response = await proxy.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
