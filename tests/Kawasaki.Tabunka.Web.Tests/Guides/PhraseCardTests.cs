using Kawasaki.Tabunka.Web.Tests.Infrastructure;

namespace Kawasaki.Tabunka.Web.Tests.Guides;

/// <summary>The cards to show a Japanese speaker: the Japanese large with its readings, the reader's language below.</summary>
[Collection(SiteCollection.Name)]
public sealed class PhraseCardTests(SiteFixture site) : IDisposable
{
    private readonly HttpClient _client = site.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Each_card_shows_the_japanese_marked_as_japanese_with_readings_and_the_readers_words()
    {
        var page = await _client.GetDocumentAsync("/vi/disaster/phrase-cards");
        var cards = page.QuerySelectorAll("figure.phrase-card").ToList();

        Assert.Equal(19, cards.Count);
        var interpreter = cards[1];
        var japanese = interpreter.QuerySelector("p.phrase-ja")!;
        Assert.Equal("ja", japanese.GetAttribute("lang"));
        Assert.Equal("通訳を お願いします。", japanese.BaseText());
        Assert.Equal("つうやく", japanese.QuerySelector("rt")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(interpreter.QuerySelector("figcaption")!.TextContent));
        Assert.Null(interpreter.QuerySelector("figcaption [lang=ja]"));
    }

    [Fact]
    public async Task On_the_japanese_pages_a_card_is_the_japanese_alone()
    {
        var page = await _client.GetDocumentAsync("/ja/disaster/phrase-cards");
        var card = page.QuerySelectorAll("figure.phrase-card")[0];
        Assert.Null(card.QuerySelector("figcaption"));
        Assert.NotNull(card.QuerySelector("p.phrase-ja ruby"));
    }
}
