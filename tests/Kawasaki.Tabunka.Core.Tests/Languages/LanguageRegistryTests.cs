using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Core.Tests.Languages;

public class LanguageRegistryTests
{
    private readonly LanguageRegistry _languages = new();

    [Fact]
    public void The_site_has_the_twelve_languages_of_the_catalog_in_order()
    {
        Assert.Equal(
            ["ja-easy", "ja", "en", "zh-hans", "ko", "tl", "vi", "ne", "pt", "es", "th", "id"],
            _languages.All.Select(l => l.Id));
    }

    [Theory]
    [InlineData("ja-easy", "ja", "ja-x-easy", "ja-JP", "やさしい にほんご")]
    [InlineData("ja", "ja", "ja", "ja-JP", "日本語")]
    [InlineData("en", "en", "en", "en-US", "English")]
    [InlineData("zh-hans", "zh-Hans", "zh-Hans", "zh-CN", "简体中文")]
    [InlineData("ko", "ko", "ko", "ko-KR", "한국어")]
    [InlineData("tl", "tl", "tl", "fil-PH", "Tagalog")]
    [InlineData("vi", "vi", "vi", "vi-VN", "Tiếng Việt")]
    [InlineData("ne", "ne", "ne", "ne-NP", "नेपाली")]
    [InlineData("pt", "pt-BR", "pt-BR", "pt-BR", "Português")]
    [InlineData("es", "es", "es", "es-ES", "Español")]
    [InlineData("th", "th", "th", "th-TH", "ภาษาไทย")]
    [InlineData("id", "id", "id", "id-ID", "Bahasa Indonesia")]
    public void Each_language_has_the_attributes_of_the_contract(string id, string lang, string hreflang, string culture, string name)
    {
        var language = _languages.Get(id);
        Assert.Equal(lang, language.HtmlLang);
        Assert.Equal(hreflang, language.HrefLang);
        Assert.Equal(culture, language.Culture.Name);
        Assert.Equal(name, language.NativeName);
        Assert.Equal("ltr", language.Dir);
    }

    [Fact]
    public void Easy_japanese_formats_dates_in_japanese_not_english()
    {
        var date = new DateTime(2026, 4, 1);
        Assert.Equal("2026年4月1日", date.ToString("D", _languages.Get("ja-easy").Culture)[..9]);
    }

    [Theory]
    [InlineData("vi", "vi,ja-easy,en")]
    [InlineData("en", "en,ja-easy")]
    [InlineData("ja-easy", "ja-easy,ja,en")]
    public void A_missing_guide_falls_back_to_easy_japanese_then_english(string id, string chain)
    {
        Assert.Equal(chain.Split(','), _languages.Get(id).FallbackChain);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("EN")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_or_miscased_ids_are_not_languages(string? id)
    {
        Assert.False(_languages.TryGet(id, out _));
    }

    [Fact]
    public void Miscased_ids_are_found_when_asked_to_ignore_case()
    {
        Assert.True(_languages.TryGetIgnoringCase("ZH-Hans", out var language));
        Assert.Equal("zh-hans", language.Id);
    }

    [Fact]
    public void A_fallback_to_an_unregistered_language_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => LanguageRegistry.From(
            [new Language("en", "English", "en", "en", "en-US", TextDirection.Ltr, ["fr"])]));
        Assert.Contains("fr", error.Message, StringComparison.Ordinal);
    }
}
