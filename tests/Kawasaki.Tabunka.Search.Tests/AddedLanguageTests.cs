using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Tests.Content;

namespace Kawasaki.Tabunka.Search.Tests;

/// <summary>
/// A language added to the registry at run time is searched with no other change: its
/// analyzer, typo matching and fallback come from what the registry says of it.
/// </summary>
public sealed class AddedLanguageTests : IDisposable
{
    private static readonly LanguageRegistry WithFrench = LanguageRegistry.From(new LanguageRegistry().All
        .Append(new Language("fr", "Français", "fr", "fr", "fr-FR", TextDirection.Ltr, LanguageRegistry.DefaultFallbacks, Script.Latin, SearchAnalysis.Folding)));

    private readonly ContentFolder _content = new();
    private readonly SearchHarness _search;

    public AddedLanguageTests()
    {
        _content.Write("disaster/quake/ja-easy.md", ContentFolder.Guide("{地震|じしん}", "{地震|じしん}の とき。"));
        _content.Write("disaster/quake/fr.md", ContentFolder.Guide("Tremblement de terre", "Protégez votre tête pendant le tremblement de terre.",
            source: Revision.Of(GuideFile.Parse(File.ReadAllText(Path.Combine(_content.Root, "disaster/quake/ja-easy.md"))).Body)));
        _content.Write("school/classes/ja-easy.md", ContentFolder.Guide("{日本語|にほんご}", "{日本語|にほんご}の {教室|きょうしつ}です。"));
        _search = new SearchHarness(_content.Root, languages: WithFrench);
    }

    public void Dispose()
    {
        _search.Dispose();
        _content.Dispose();
    }

    [Fact]
    public void A_french_query_finds_the_french_guide_even_misspelt_and_without_accents()
    {
        Assert.Equal(["quake"], _search.Search("tremblement", "fr").Hits.Select(h => h.Id));
        Assert.Equal("fr", _search.Search("tremblemant de terre", "fr").Hits.Single().Language);
        Assert.Equal(["quake"], _search.Search("protegez", "fr").Hits.Select(h => h.Id));
    }

    [Fact]
    public void A_guide_not_yet_in_french_falls_back_to_easy_japanese()
    {
        var guide = _search.Store.Current.Find("classes")!;
        Assert.Equal("ja-easy", guide.BestFor(WithFrench.Get("fr"), WithFrench).Language);
        Assert.Equal(TranslationState.Current, _search.Store.Current.Find("quake")!.StateOf("fr"));
    }
}
