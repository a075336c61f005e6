using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Pt;

namespace Kawasaki.Tabunka.Core.Search.Analysis;

/// <summary>
/// The analyzer of each site language, in one registry keyed by language id: adding a
/// language is one line here plus its tests. Analyzers are thread-safe and shared.
/// </summary>
public sealed class LanguageAnalyzers : IDisposable
{
    private readonly Dictionary<string, Analyzer> _byLanguage;

    public LanguageAnalyzers(Analyzer japanese)
    {
        _byLanguage = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            ["ja-easy"] = japanese,
            ["ja"] = japanese,
            ["en"] = new FoldingAnalyzer(EnglishAnalyzer.DefaultStopSet, s => new PorterStemFilter(s)),
            ["zh-hans"] = new SmartChineseAnalyzer(FoldingAnalyzer.Version),
            ["ko"] = new CJKAnalyzer(FoldingAnalyzer.Version),
            ["tl"] = new FoldingAnalyzer(),
            ["vi"] = new FoldingAnalyzer(),
            ["ne"] = new FoldingAnalyzer(),
            ["pt"] = new FoldingAnalyzer(FoldingAnalyzer.Folded(PortugueseAnalyzer.DefaultStopSet), s => new PortugueseLightStemFilter(s)),
            ["es"] = new FoldingAnalyzer(FoldingAnalyzer.Folded(SpanishAnalyzer.DefaultStopSet), s => new SpanishLightStemFilter(s)),
            ["th"] = new ThaiAnalyzerSafe(),
            // No stemmer for Indonesian: Lucene's strips "-lah" from "sekolah" (school) itself.
            ["id"] = new FoldingAnalyzer(IndonesianAnalyzer.DefaultStopSet),
        };
    }

    /// <summary>
    /// Folding without stop words or stemming, for the <c>words_</c> field of Latin-script
    /// languages: typos are matched against the words as written, since a stemmer leaves a
    /// misspelt word unstemmed ("evacuaton") while the right one is cut ("evacu").
    /// </summary>
    public Analyzer Words { get; } = new FoldingAnalyzer();

    public Analyzer For(string language) =>
        _byLanguage.TryGetValue(language, out var analyzer) ? analyzer : throw new ArgumentException($"no analyzer for '{language}'", nameof(language));

    /// <summary>Disposes the analyzers this registry created (the Japanese one belongs to its owner).</summary>
    public void Dispose()
    {
        foreach (var (language, analyzer) in _byLanguage)
        {
            if (language is not ("ja" or "ja-easy"))
            {
                analyzer.Dispose();
            }
        }

        Words.Dispose();
    }

    public bool Has(string language) => _byLanguage.ContainsKey(language);

    /// <summary>Languages written in Latin script, where a typo in a long word is worth a fuzzy match.</summary>
    public static bool IsLatinScript(string language) => language is "en" or "tl" or "vi" or "pt" or "es" or "id";
}
