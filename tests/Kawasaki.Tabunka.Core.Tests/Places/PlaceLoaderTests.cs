using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Places;
using Kawasaki.Tabunka.Core.Tests.Content;

namespace Kawasaki.Tabunka.Core.Tests.Places;

/// <summary>The places directory under content/places: its facts, texts, and what happens when a file is wrong.</summary>
public sealed class PlaceLoaderTests : IDisposable
{
    private const string Center = "kind: consultation\nofficial_name: 相談センター\nsource: \"City plan (2022), p. 3\"\n";

    private readonly ContentFolder _content = new();
    private readonly ContentLoader _loader = new(new LanguageRegistry());

    public void Dispose() => _content.Dispose();

    private static List<string> Errors(GuideLibrary library) => library.Problems.Where(p => p.IsError).Select(p => p.ToString()).ToList();

    private void Place(string id, string facts = Center, string? easy = "name: \"{相談|そうだん}センター\"\n")
    {
        _content.Write($"places/{id}/place.yml", facts);
        if (easy is not null)
        {
            _content.Write($"places/{id}/ja-easy.yml", easy);
        }
    }

    [Fact]
    public void A_place_is_read_with_its_facts_and_its_texts_per_language()
    {
        Place("center", Center + "phone:\n  value: \"044-200-3669\"\n  source: \"City plan (2022), back cover\"\n  verified: 2026-12-01\n");
        _content.Write("places/center/en.yml", "name: Consultation Center\nsummary: Advice in many languages.\n");

        var library = _loader.Load(_content.Root);

        Assert.Empty(library.Problems);
        var place = library.Places.Find("center")!;
        Assert.Equal(PlaceKind.Consultation, place.Kind);
        Assert.Equal("相談センター", place.OfficialName);
        Assert.Equal("Consultation Center", place.Texts["en"].Name.PlainText);
        var (kind, fact) = Assert.Single(place.VerifiedFacts);
        Assert.Equal(PlaceFactKind.Phone, kind);
        Assert.Equal("tel:0442003669", fact.TelHref);
        Assert.Contains(PlaceFactKind.Address, place.MissingFacts);
        Assert.DoesNotContain(PlaceFactKind.Phone, place.MissingFacts);
    }

    [Fact]
    public void A_value_or_date_without_a_source_is_an_error_and_an_unverified_value_is_not_shown()
    {
        Place("center", Center + "phone:\n  value: \"044-200-3669\"\n  verified: 2026-12-01\nfax:\n  value: \"044-200-3746\"\n  source: \"plan\"\n");

        var library = _loader.Load(_content.Root);

        Assert.Equal(["places/center/place.yml:4: 'phone' has a value or a verification date but no source: say which document (and page) or web address states it"], Errors(library));
        Assert.Null(library.Places.Find("center"));
        Place("center", Center + "fax:\n  value: \"044-200-3746\"\n  source: \"plan\"\n");
        var fixedLibrary = _loader.Load(_content.Root);
        Assert.Empty(fixedLibrary.Places.Find("center")!.VerifiedFacts);
        Assert.Contains(fixedLibrary.Problems, p => p.Message.Contains("'fax' is not shown until someone verifies it", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fact_that_a_place_of_its_kind_never_shows_is_a_warning_at_its_line()
    {
        Place("police", "kind: emergency\nofficial_name: 警察\nsource: \"general knowledge\"\naddress:\n  value: \"川崎市\"\n  source: \"x\"\n  verified: 2026-12-01\n");

        var library = _loader.Load(_content.Root);

        Assert.Empty(Errors(library));
        Assert.Contains("places/police/place.yml:4: warning: 'address' is never shown for a place of kind 'emergency'; remove it or change the kind", library.Problems.Select(p => p.ToString()));
        Assert.Empty(library.Places.Find("police")!.VerifiedFacts);
    }

    [Fact]
    public void Unknown_keys_kinds_wards_and_malformed_values_are_errors_at_their_lines()
    {
        Place("center", "kind: shop\nward: yokohama\nofficial_name: X\nsource: s\nopening: daily\nweb:\n  value: \"javascript:alert(1)\"\n  source: s\n  verified: 2026-12-01\n");

        var errors = Errors(_loader.Load(_content.Root));

        Assert.Equal(
        [
            "places/center/place.yml:1: unknown kind 'shop' (kinds: consultation, ward-office, city-office, community, phone-line, disaster, emergency)",
            "places/center/place.yml:2: unknown ward 'yokohama' (wards: kawasaki, saiwai, nakahara, takatsu, miyamae, tama, asao)",
            "places/center/place.yml:5: unknown key 'opening' (known: kind, ward, official_name, inside, members, source, phone, fax, email, address, hours, languages, web)",
            "places/center/place.yml:7: web: 'javascript:alert(1)' is not a web address (https://...)",
        ], errors);
    }

    [Fact]
    public void Ids_are_the_folder_names_so_one_id_is_one_place_and_a_bad_one_is_refused()
    {
        Place("Center_1");
        Place("center");

        var library = _loader.Load(_content.Root);

        Assert.Equal(["places/Center_1:1: 'Center_1' is not a place id: use lower-case letters, digits and hyphens"], Errors(library));
        Assert.Equal(["center"], library.Places.All.Select(p => p.Id));
    }

    [Fact]
    public void A_broken_edit_keeps_the_last_good_version_of_the_place_online()
    {
        Place("center", Center + "phone:\n  value: \"044-200-3669\"\n  source: plan\n  verified: 2026-12-01\n");
        var good = _loader.Load(_content.Root);
        _content.Write("places/center/place.yml", "kind: [broken\n");

        var library = _loader.Load(_content.Root, good);

        Assert.Contains(library.Problems, p => p.IsError && p.Path == "places/center/place.yml" && p.Message.StartsWith("invalid YAML", StringComparison.Ordinal));
        Assert.Contains(library.Problems, p => p.Message == "the last good version of this file stays online until the errors are fixed");
        Assert.Equal("044-200-3669", library.Places.Find("center")!.VerifiedFacts.Single().Fact.Value);
    }

    [Fact]
    public void Groups_and_containers_must_name_places_that_exist()
    {
        Place("ward-office", "kind: ward-office\nofficial_name: 区役所\nsource: s\nmembers: [ward-office-kawasaki, ward-office-nowhere]\n");
        Place("ward-office-kawasaki", "kind: ward-office\nward: kawasaki\nofficial_name: 川崎区役所\nsource: s\n");

        var library = _loader.Load(_content.Root);

        Assert.Equal(["places/ward-office/place.yml:1: refers to the place 'ward-office-nowhere', which does not exist"], Errors(library));
        Assert.Equal(["ward-office-kawasaki"], library.Places.Expand(library.Places.Find("ward-office")!).Select(p => p.Id));
        Assert.Empty(library.Places.Find("ward-office")!.ApplicableFacts);
    }

    [Fact]
    public void A_guide_naming_a_place_that_is_not_in_the_directory_is_an_error()
    {
        Place("center");
        _content.Write("consultation/help/ja-easy.md", ContentFolder.Guide(
            "T", "[センター](place:center) と [{古|ふる}い {窓口|まどぐち}](place:old-counter)",
            extra: "places:\n  - id: center\n  - id: gone\n"));

        var library = _loader.Load(_content.Root);

        Assert.Equal(
        [
            "consultation/help/ja-easy.md:7: place 'gone' is not in the places directory (content/places/gone/)",
            "consultation/help/ja-easy.md:10: link to place 'old-counter', which is not in the places directory",
        ], Errors(library));
        Assert.Equal(["help"], library.GuidesNaming("center").Select(g => g.Id));
    }

    [Fact]
    public void Facts_needed_lists_every_missing_place_field_and_every_todo_with_its_line()
    {
        Place("center", Center + "phone:\n  value: \"044-200-3669\"\n  source: plan\n  verified: 2026-12-01\n");
        _content.Write("consultation/help/ja-easy.md", ContentFolder.Guide("T", extra: "todo:\n  - Add the hours\n  - Add the fee\n"));

        var needed = FactsNeeded.Of(_loader.Load(_content.Root));

        Assert.Equal(["places/center", "consultation/help"], needed.Select(n => n.Subject));
        Assert.Equal(["fax", "email", "address", "hours", "languages", "web"], needed[0].Facts.Select(f => f.What));
        Assert.Equal([("Add the hours", 6), ("Add the fee", 7)], needed[1].Facts.Select(f => (f.What, f.Line)));
    }
}
