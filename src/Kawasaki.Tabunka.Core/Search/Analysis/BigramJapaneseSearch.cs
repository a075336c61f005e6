using Kawasaki.Tabunka.Core.Content;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;

namespace Kawasaki.Tabunka.Core.Search.Analysis;

/// <summary>
/// Japanese search without morphological analysis: CJK bigrams over the text, and bigrams
/// over the kana readings that the guides' furigana give, so that ひなんじょ finds 避難所.
/// Romaji needs a dictionary reading of every word and comes with the morphological analyzer.
/// </summary>
public sealed class BigramJapaneseSearch : IJapaneseSearch, IDisposable
{
    private readonly CJKAnalyzer _analyzer = new(FoldingAnalyzer.Version);

    public Analyzer Text => _analyzer;

    public Analyzer Reading => _analyzer;

    public void Dispose() => _analyzer.Dispose();

    public string ReadingText(GuideVersion version) => string.Join(
        "\n",
        version.Title.Readings.Concat(version.Summary.Readings).Concat(version.Markdown.Readings).Select(r => r.Reading));
}
