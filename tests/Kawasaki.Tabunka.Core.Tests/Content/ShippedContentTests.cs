using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Core.Tests.Content;

/// <summary>
/// The guides the site ships with (content/): every guide of the catalog
/// (docs/content-catalog.md) is there, valid, translated as the catalog asks, and the easy
/// Japanese puts furigana on every kanji.
/// </summary>
public sealed class ShippedContentTests
{
    /// <summary>The 27 guides of the catalog and the two offline-pack pages, each in all twelve languages.</summary>
    public static readonly string[] CatalogGuides =
    [
        "consultation/one-stop-center", "consultation/contact-center", "consultation/ward-office-help", "consultation/medical-interpreter",
        "consultation/dv-support", "consultation/human-rights", "consultation/housing-support",
        "disaster/prepare-kawasaki", "disaster/disaster-map", "disaster/disaster-multilingual-center", "disaster/call-119", "disaster/disaster-training",
        "school/school-enrollment", "school/preschool", "school/japanese-at-school", "school/study-support", "school/high-school", "school/japanese-classes",
        "childcare/maternal-handbook", "childcare/nursery", "childcare/parenting-guide", "childcare/child-interpreting",
        "living/referendum", "living/foreign-residents-assembly", "living/international-center", "living/fureai-kan", "living/welfare-allowances",
        "disaster/phrase-cards", "disaster/what-to-do-now",
    ];

    private static readonly LanguageRegistry Languages = new();

    private static readonly Lazy<GuideLibrary> Library = new(() =>
        new ContentLoader(Languages).Load(Path.Combine(TabunkaPaths.FindRepositoryRoot(AppContext.BaseDirectory)!, "content")));

    [Fact]
    public void The_shipped_content_has_no_errors()
    {
        Assert.Empty(Library.Value.Problems.Where(p => p.IsError).Select(p => p.ToString()));
        Assert.Empty(Library.Value.Unavailable);
    }

    [Fact]
    public void Every_catalog_guide_is_there_and_nothing_else()
    {
        var shipped = Library.Value.Guides.Select(g => $"{g.Topic}/{g.Id}").Order(StringComparer.Ordinal);
        Assert.Equal(CatalogGuides.Order(StringComparer.Ordinal), shipped);
    }

    [Fact]
    public void Every_guide_is_current_in_all_twelve_languages()
    {
        var gaps = from key in CatalogGuides
                   let guide = Library.Value.Find(key.Split('/')[1])!
                   from language in Languages.All
                   let state = guide.StateOf(language.Id)
                   where state is not (TranslationState.Current or TranslationState.Source)
                   select $"{key} {language.Id}: {state}";
        Assert.Empty(gaps);
    }

    [Fact]
    public void Every_prepared_banner_is_there_in_all_twelve_languages_and_links_to_a_guide()
    {
        var templates = Library.Value.BannerTemplates;
        Assert.Equal(["multilingual-center-open", "rain-level-3", "rain-level-4", "rain-level-5", "strong-earthquake", "tsunami-warning"], templates.Select(t => t.Id));
        Assert.All(templates, t =>
        {
            Assert.Equal(Languages.All.Select(l => l.Id).Order(StringComparer.Ordinal), t.Texts.Keys.Order(StringComparer.Ordinal));
            Assert.NotNull(Library.Value.Find(t.Guide));
        });
    }

    [Fact]
    public void Every_place_has_its_name_in_all_twelve_languages()
    {
        var gaps = from place in Library.Value.Places.All
                   from language in Languages.All
                   where !place.Texts.ContainsKey(language.Id)
                   select $"places/{place.Id} {language.Id}";
        Assert.Empty(gaps);
    }

    [Fact]
    public void Every_guide_sends_readers_to_places_of_the_directory_and_writes_no_other_phone_number()
    {
        Assert.All(Library.Value.Guides, g => Assert.NotEmpty(g.Source!.FrontMatter.Places));
        Assert.DoesNotContain(Library.Value.Problems, p => p.Message.Contains("phone number", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_facts_from_the_city_plan_or_national_numbers_are_verified_and_each_says_where_it_comes_from()
    {
        var facts = from place in Library.Value.Places.All
                    from fact in place.VerifiedFacts
                    select (place.Id, fact.Kind, fact.Fact);
        Assert.All(facts, f => Assert.Matches("国際施策推進プラン|National", f.Fact.Source!));
        Assert.Equal(
            ["contact-center Languages en", "disaster-message-dial-171 Phone 171", "fire-ambulance-119 Phone 119", "international-affairs-office Address 〒210-8577 川崎市川崎区宮本町1番地",
             "international-affairs-office Email 17kokusai@city.kawasaki.jp", "international-affairs-office Fax 044-200-3746",
             "international-affairs-office Phone 044-200-3669", "police-110 Phone 110"],
            facts.Select(f => $"{f.Id} {f.Kind} {f.Fact.Value}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Easy_japanese_titles_summaries_places_and_bodies_put_furigana_on_every_kanji()
    {
        var guides = from guide in Library.Value.Guides
                     let source = guide.Source!
                     from finding in EasyJapaneseChecker.Check(source)
                     where finding.Issue == EasyJapaneseIssue.KanjiWithoutFurigana
                     select $"{source.Path}:{finding.Line}: {finding.Text}";
        var places = from place in Library.Value.Places.All
                     from finding in EasyJapaneseChecker.Check(place.Texts[LanguageRegistry.SourceLanguageId])
                     where finding.Issue == EasyJapaneseIssue.KanjiWithoutFurigana
                     select $"places/{place.Id}/ja-easy.yml: {finding.Text}";
        Assert.Empty(guides.Concat(places));
    }
}
