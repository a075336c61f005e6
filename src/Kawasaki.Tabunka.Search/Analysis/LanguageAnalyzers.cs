using Kawasaki.Tabunka.Core.Languages;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Pt;

namespace Kawasaki.Tabunka.Search.Analysis;

/// <summary>
/// The analyzer of each site language, made from what the registry says of it
/// (<see cref="Language.Analysis"/>): adding a language to the registry gives it an analyzer,
/// with no change here. Analyzers are thread-safe and shared.
/// </summary>
public sealed class LanguageAnalyzers : IDisposable
{
    private readonly Dictionary<string, Analyzer> _byLanguage;
    private readonly Dictionary<string, Language> _languages;
    private readonly Analyzer _japanese;

    public LanguageAnalyzers(LanguageRegistry languages, Analyzer japanese)
    {
        _japanese = japanese;
        _languages = languages.All.ToDictionary(l => l.Id, StringComparer.Ordinal);
        _byLanguage = languages.All.ToDictionary(l => l.Id, l => Create(l.Analysis), StringComparer.Ordinal);
    }

    /// <summary>
    /// Folding without stop words or stemming, for the <c>words_</c> field of Latin-script
    /// languages: typos are matched against the words as written, since a stemmer leaves a
    /// misspelt word unstemmed ("evacuaton") while the right one is cut ("evacu").
    /// </summary>
    public Analyzer Words { get; } = new FoldingAnalyzer();

    public Analyzer For(string language) =>
        _byLanguage.TryGetValue(language, out var analyzer) ? analyzer : throw new ArgumentException($"no analyzer for '{language}'", nameof(language));

    public bool Has(string language) => _byLanguage.ContainsKey(language);

    /// <summary>Languages in Latin script are searched word by word, and a typo in a long word still matches.</summary>
    public bool IsLatinScript(string language) => _languages.TryGetValue(language, out var l) && l.Script == Script.Latin;

    /// <summary>Japanese languages also get the reading field (kana and romaji find kanji).</summary>
    public bool IsJapanese(string language) => _languages.TryGetValue(language, out var l) && l.Analysis == SearchAnalysis.Japanese;

    /// <summary>Disposes the analyzers this registry created (the Japanese one belongs to its owner).</summary>
    public void Dispose()
    {
        foreach (var analyzer in _byLanguage.Values.Where(a => a != _japanese).Distinct())
        {
            analyzer.Dispose();
        }

        Words.Dispose();
    }

    private Analyzer Create(SearchAnalysis analysis) => analysis switch
    {
        SearchAnalysis.Japanese => _japanese,
        SearchAnalysis.English => new FoldingAnalyzer(EnglishAnalyzer.DefaultStopSet, s => new PorterStemFilter(s)),
        SearchAnalysis.Chinese => new SmartChineseAnalyzer(FoldingAnalyzer.Version),
        SearchAnalysis.Korean => new CJKAnalyzer(FoldingAnalyzer.Version),
        SearchAnalysis.Portuguese => new FoldingAnalyzer(FoldingAnalyzer.Folded(PortugueseAnalyzer.DefaultStopSet), s => new PortugueseLightStemFilter(s)),
        SearchAnalysis.Spanish => new FoldingAnalyzer(FoldingAnalyzer.Folded(SpanishAnalyzer.DefaultStopSet), s => new SpanishLightStemFilter(s)),
        SearchAnalysis.Thai => new ThaiAnalyzerSafe(),

        // No stemmer for Indonesian: Lucene's strips "-lah" from "sekolah" (school) itself.
        SearchAnalysis.Indonesian => new FoldingAnalyzer(IndonesianAnalyzer.DefaultStopSet),
        _ => new FoldingAnalyzer(),
    };
}
