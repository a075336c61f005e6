namespace Kawasaki.Tabunka.Core.Tests;

public class SiteUrlsTests
{
    [Theory]
    [InlineData("/en/disaster/", "en", "ne", "/ne/disaster/")]
    [InlineData("/en/disaster/call-119", "en", "ja-easy", "/ja-easy/disaster/call-119")]
    [InlineData("/en/", "en", "vi", "/vi/")]
    [InlineData("/", "en", "vi", "/vi/")]
    [InlineData("/xx/disaster/", "en", "vi", "/vi/")]
    public void Switching_language_keeps_the_page(string path, string current, string target, string expected)
    {
        Assert.Equal(expected, SiteUrls.SwitchLanguage(path, current, target));
    }

    [Fact]
    public void Search_urls_escape_the_query()
    {
        Assert.Equal("/ja/search?q=%E9%81%BF%E9%9B%A3%20%26%20x", SiteUrls.Search("ja", "避難 & x"));
    }
}
