using System.Net;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;

namespace Kawasaki.Tabunka.Web.Tests.Search;

[Collection(SiteCollection.Name)]
public sealed class SearchPageTests(SiteFixture site) : IDisposable
{
    private readonly HttpClient _client = site.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task The_page_shows_count_title_topic_and_a_highlighted_snippet_without_javascript()
    {
        var page = await _client.GetDocumentAsync("/en/search?q=map+test");
        Assert.Contains("“map test”", page.QuerySelector("#results-heading")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[role=status]"));
        var first = page.QuerySelector(".result-list li")!;
        Assert.Equal("/en/living/test-outdated", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Daily life", first.QuerySelector(".result-meta span")!.TextContent);
        Assert.NotNull(first.QuerySelector(".snippet"));
        Assert.Equal("map test", page.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Matched_words_are_marked_and_everything_else_is_escaped()
    {
        var page = await _client.GetDocumentAsync("/ja-easy/search?q=" + Uri.EscapeDataString("試験"));
        Assert.NotEmpty(page.QuerySelectorAll(".snippet mark"));
        Assert.Empty(page.QuerySelectorAll(".snippet script"));
    }

    [Fact]
    public async Task Results_in_another_language_are_labelled_with_it_and_carry_its_lang()
    {
        var page = await _client.GetDocumentAsync("/tl/search?q=zebrafinch");
        var item = page.QuerySelector(".result-list li")!;
        Assert.Contains("やさしい にほんご", item.QuerySelector(".in-language")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("ja", item.QuerySelector("a")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task Nothing_found_says_so_and_points_to_help()
    {
        var page = await _client.GetDocumentAsync("/en/search?q=qwzxvb");
        Assert.Contains("No guide found for “qwzxvb”", page.QuerySelector(".search-results")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".search-results .no-result-help a[href='/en/consultation/dv-support']"));
        Assert.NotNull(page.QuerySelector(".search-results .emergency a[href='tel:119']"));
        Assert.NotNull(page.QuerySelector(".search-results a[href='/en/#topics-heading']"));
    }

    [Fact]
    public async Task An_empty_search_asks_for_a_word_and_a_long_one_answers_400_with_a_message()
    {
        var empty = await _client.GetDocumentAsync("/en/search?q=");
        Assert.Equal("Type a word to search the guides.", empty.QuerySelector("main p:not(.lead):not(.offline-notice)")?.TextContent);

        using var response = await _client.GetAsync("/en/search?q=" + new string('x', 500));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("too long", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Result_pages_are_not_indexed_by_search_engines()
    {
        var page = await _client.GetDocumentAsync("/en/search?q=test");
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }
}
