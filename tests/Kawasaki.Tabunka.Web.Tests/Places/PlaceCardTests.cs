using Bunit;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Web.Tests.Places;

public sealed class PlaceCardTests : ComponentTestBase, IDisposable
{
    private readonly string _content = Directory.CreateTempSubdirectory("places-").FullName;
    private readonly ContentStore _store;

    public PlaceCardTests()
    {
        Write("center/place.yml", "kind: consultation\nofficial_name: 相談センター\nsource: s\nphone:\n  value: \"044 (200) 0000\"\n  source: plan\n  verified: 2026-12-01\n" +
            "address:\n  value: \"川崎市川崎区宮本町1番地\"\n  source: plan\n  verified: 2026-12-01\nlanguages:\n  value: [en, ne, ru]\n  source: plan\n  verified: 2026-12-01\n" +
            "hours:\n  value: \"9:00-17:00\"\n  source: \"a guess nobody checked\"\n");
        Write("center/en.yml", "name: Consultation Center\n");
        Write("center/ja-easy.yml", "name: \"{相談|そうだん}センター\"\n");
        Write("unknown/place.yml", "kind: community\nofficial_name: 交流館\nsource: s\n");
        Write("ward/place.yml", "kind: ward-office\nofficial_name: 区役所\nsource: s\nmembers: [ward-a, ward-b]\n");
        Write("ward-a/place.yml", "kind: ward-office\nward: kawasaki\nofficial_name: 川崎区役所\nsource: s\n");
        Write("ward-b/place.yml", "kind: ward-office\nward: tama\nofficial_name: 多摩区役所\nsource: s\n");
        Write("ward-b/en.yml", "name: Tama Ward Office\n");
        _store = new ContentStore(new ContentLoader(Languages), Microsoft.Extensions.Options.Options.Create(new Core.Configuration.TabunkaOptions { ContentPath = _content }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ContentStore>.Instance);
        Services.AddSingleton(_store);
    }

    void IDisposable.Dispose()
    {
        Directory.Delete(_content, recursive: true);
        Dispose();
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(_content, "places", path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private IRenderedComponent<Web.Features.Places.PlaceCard> Card(string id, string lang = "en", string? about = null, bool furigana = false) =>
        Render<Web.Features.Places.PlaceCard>(p => p
            .Add(c => c.Place, _store.Current.Places.Find(id)!)
            .Add(c => c.Reader, UseLanguage(lang))
            .Add(c => c.Furigana, furigana)
            .Add(c => c.AboutHtml, about));

    [Fact]
    public void A_verified_phone_is_a_tel_link_with_only_digits_in_the_href()
    {
        var link = Card("center").Find("a.tel");
        Assert.Equal("tel:0442000000", link.GetAttribute("href"));
        Assert.Equal("044 (200) 0000", link.TextContent);
    }

    [Fact]
    public void The_address_is_japanese_with_a_plain_map_link_and_unverified_hours_are_not_shown()
    {
        var card = Card("center");
        Assert.Equal("ja", card.Find("dd span[lang]").GetAttribute("lang"));
        Assert.Equal("geo:0,0?q=" + Uri.EscapeDataString("川崎市川崎区宮本町1番地"), card.Find("a.map").GetAttribute("href"));
        Assert.Equal(["Phone", "Address", "Languages"], card.FindAll("dt").Select(d => d.TextContent));
        Assert.DoesNotContain("9:00", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Languages_are_named_in_their_own_script_with_their_lang()
    {
        var names = Card("center").FindAll("dd span").Where(s => s.ParentElement!.PreviousElementSibling!.TextContent == "Languages").ToList();
        Assert.Equal(["English", "नेपाली", "русский"], names.Select(n => n.TextContent));
        Assert.Equal(["en", "ne", "ru"], names.Select(n => n.GetAttribute("lang")));
    }

    [Fact]
    public void The_name_is_in_the_readers_language_with_the_japanese_name_to_show_at_a_counter()
    {
        var card = Card("center", about: "Ask about visas");
        Assert.Equal("Consultation Center", card.Find("h3").TextContent);
        Assert.Equal("相談センター", card.Find(".official-name span[lang=ja]").TextContent);
        Assert.Equal("Ask about visas", card.Find(".about").TextContent);
        Assert.Equal("/en/places/center", card.Find("a[href^='/en/places/']").GetAttribute("href"));
    }

    [Fact]
    public void A_name_missing_in_the_readers_language_falls_back_with_its_own_lang_and_furigana()
    {
        var card = Card("center", lang: "vi", furigana: true);
        Assert.Equal("ja", card.Find("h3").GetAttribute("lang"));
        Assert.Equal("そうだん", card.Find("h3 rt").TextContent);
    }

    [Fact]
    public void A_place_without_verified_contacts_says_so_and_points_to_the_one_stop_center()
    {
        var card = Card("unknown");
        Assert.Empty(card.FindAll("dt"));
        Assert.Contains("We do not have a checked phone number or address", card.Find(".place-unknown").TextContent, StringComparison.Ordinal);
        Assert.Equal("/en/places/one-stop-center", card.Find(".place-unknown a").GetAttribute("href"));
    }

    [Fact]
    public void The_ward_office_lists_each_ward_as_details_that_open_without_javascript()
    {
        var card = Card("ward");
        Assert.Contains("residence card", card.Find(".hint").TextContent, StringComparison.Ordinal);
        Assert.Equal("ja", card.Find(".hint span[lang]").GetAttribute("lang"));
        var wards = card.FindAll("details summary");
        Assert.Equal(2, wards.Count);
        Assert.Contains("Tama Ward Office", wards[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("川崎区役所", wards[0].TextContent, StringComparison.Ordinal);
        Assert.Empty(card.FindAll("script"));
    }
}
