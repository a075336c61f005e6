using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Core.Tests.Languages;

public class LanguageNegotiatorTests
{
    private readonly LanguageNegotiator _negotiator = new(new LanguageRegistry());

    [Theory]
    [InlineData("vi", "vi")]
    [InlineData("vi-VN,vi;q=0.9,en-US;q=0.8", "vi")]
    [InlineData("zh", "zh-hans")]
    [InlineData("zh-CN", "zh-hans")]
    [InlineData("zh-TW", "zh-hans")]
    [InlineData("zh-Hant-HK", "zh-hans")]
    [InlineData("fil", "tl")]
    [InlineData("fil-PH", "tl")]
    [InlineData("tl", "tl")]
    [InlineData("pt-PT", "pt")]
    [InlineData("pt-BR", "pt")]
    [InlineData("es-419", "es")]
    [InlineData("en-GB", "en")]
    [InlineData("ja-JP", "ja")]
    [InlineData("ne-NP", "ne")]
    [InlineData("in", "id")]
    [InlineData("ko-KR,ko;q=0.9", "ko")]
    public void Browser_languages_map_to_the_site_language_that_serves_them(string header, string expected)
    {
        Assert.Equal(expected, _negotiator.Negotiate(header)?.Id);
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("de-DE,de;q=0.9")]
    [InlineData("*")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData(";;;,,=q")]
    [InlineData("en;q=0")]
    [InlineData("en;q=1e309")]
    [InlineData("ja;q=NaN, en;q=2")]
    [InlineData("vi;q=-1")]
    [InlineData("ko;q=0.0000")]
    [InlineData("th;q=1.5")]
    public void Languages_the_site_does_not_have_match_nothing(string? header)
    {
        Assert.Null(_negotiator.Negotiate(header));
    }

    [Fact]
    public void An_unsupported_first_choice_gives_way_to_a_supported_second()
    {
        Assert.Equal("en", _negotiator.Negotiate("de-DE,de;q=0.9,en;q=0.5")?.Id);
    }

    [Fact]
    public void Higher_quality_wins_over_earlier_position()
    {
        Assert.Equal("vi", _negotiator.Negotiate("en;q=0.3,vi;q=0.8")?.Id);
    }

    [Fact]
    public void On_equal_quality_the_earlier_language_wins()
    {
        Assert.Equal("th", _negotiator.Negotiate("th,en")?.Id);
    }

    [Theory]
    [InlineData("en;q=1.0001, vi;q=0.5", "vi")] // four decimals: not a weight
    [InlineData("en;q=0.001, vi;q=0.002", "vi")]
    [InlineData("en;Q=0.4, vi;q=0.3", "en")]
    [InlineData("en ; q=0.4 , vi ; q=0.3", "en")]
    [InlineData("vi;q=1.000, en", "vi")]
    [InlineData("en;level=1;q=0.2, ne;q=0.1", "en")]
    public void Weights_are_read_as_RFC_9110_writes_them(string header, string expected)
    {
        Assert.Equal(expected, _negotiator.Negotiate(header)?.Id);
    }

    [Fact]
    public void Only_the_first_32_entries_of_a_long_header_are_weighed()
    {
        var header = string.Join(", ", Enumerable.Repeat("de;q=1", 32)) + ", vi";
        Assert.Null(_negotiator.Negotiate(header));
    }
}
