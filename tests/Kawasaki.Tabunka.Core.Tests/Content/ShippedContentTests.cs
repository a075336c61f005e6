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
    /// <summary>The sixteen core guides, which exist in all twelve languages.</summary>
    public static readonly string[] CoreGuides =
    [
        "consultation/one-stop-center", "consultation/contact-center", "consultation/ward-office-help", "consultation/medical-interpreter",
        "disaster/prepare-kawasaki", "disaster/disaster-map", "disaster/disaster-multilingual-center", "disaster/call-119",
        "school/school-enrollment", "school/preschool", "school/japanese-at-school", "school/study-support",
        "childcare/maternal-handbook", "childcare/nursery", "childcare/parenting-guide", "childcare/child-interpreting",
    ];

    /// <summary>The rest of the catalog, in easy Japanese, Japanese and English at least.</summary>
    public static readonly string[] OtherGuides =
    [
        "consultation/dv-support", "consultation/human-rights", "consultation/housing-support",
        "disaster/disaster-training", "school/high-school", "school/japanese-classes",
        "living/referendum", "living/foreign-residents-assembly", "living/international-center", "living/fureai-kan", "living/welfare-allowances",
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
        Assert.Equal(CoreGuides.Concat(OtherGuides).Order(StringComparer.Ordinal), shipped);
    }

    [Fact]
    public void Core_guides_are_current_in_all_twelve_languages()
    {
        var gaps = from key in CoreGuides
                   let guide = Library.Value.Find(key.Split('/')[1])!
                   from language in Languages.All
                   let state = guide.StateOf(language.Id)
                   where state is not (TranslationState.Current or TranslationState.Source)
                   select $"{key} {language.Id}: {state}";
        Assert.Empty(gaps);
    }

    [Fact]
    public void Other_guides_are_current_in_easy_japanese_japanese_and_english()
    {
        var gaps = from key in OtherGuides
                   let guide = Library.Value.Find(key.Split('/')[1])!
                   from language in new[] { "ja-easy", "ja", "en" }
                   let state = guide.StateOf(language)
                   where state is not (TranslationState.Current or TranslationState.Source)
                   select $"{key} {language}: {state}";
        Assert.Empty(gaps);
    }

    [Fact]
    public void Easy_japanese_titles_summaries_contacts_and_bodies_put_furigana_on_every_kanji()
    {
        var findings = from guide in Library.Value.Guides
                       let source = guide.Source!
                       from finding in EasyJapaneseChecker.Check(source)
                       where finding.Issue == EasyJapaneseIssue.KanjiWithoutFurigana
                       select $"{source.Path}:{finding.Line}: {finding.Text}";
        Assert.Empty(findings);
    }
}
