using Kawasaki.Tabunka.Core.Localization;

namespace Kawasaki.Tabunka.Core.Tests.Localization;

public class LocaleCatalogTests
{
    private readonly LocaleCatalog _catalog = new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string> { ["Home"] = "Home", ["Search"] = "Search" },
        ["vi"] = new Dictionary<string, string> { ["Home"] = "Trang chủ" },
    });

    [Fact]
    public void A_string_is_found_in_the_requested_language()
    {
        Assert.Equal("Trang chủ", _catalog.Find("vi", "Home"));
    }

    [Fact]
    public void A_gap_in_a_translation_falls_back_to_english()
    {
        Assert.Equal("Search", _catalog.Find("vi", "Search"));
    }

    [Fact]
    public void An_unknown_key_is_not_found()
    {
        Assert.Null(_catalog.Find("vi", "Nope"));
    }
}
