using Kawasaki.Tabunka.Analysis.Japanese;
using Kawasaki.Tabunka.Core.Content;
using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace Kawasaki.Tabunka.Search.Analysis;

/// <summary>
/// Japanese search with our morphological analyzer: words in their dictionary form for the
/// text fields, and reading pairs for the reading field, so that 避難所, ひなんじょ and
/// hinanjo all find the same guides.
/// </summary>
public sealed class MorphologicalJapaneseSearch : IJapaneseSearch, IDisposable
{
    private readonly JapaneseAnalyzer _text;
    private readonly JapaneseReadingAnalyzer _reading;
    private readonly JapaneseReadingAnalyzer _readingQuery;

    public MorphologicalJapaneseSearch()
    {
        var cityTerms = LoadCityTerms();
        _text = new JapaneseAnalyzer(LuceneVersion.LUCENE_48, cityTerms);
        _reading = new JapaneseReadingAnalyzer(romajiQueries: false, cityTerms);
        _readingQuery = new JapaneseReadingAnalyzer(romajiQueries: true, cityTerms);
    }

    public Analyzer Text => _text;

    public Analyzer Reading => _reading;

    public Analyzer ReadingQuery => _readingQuery;

    /// <summary>
    /// The guide's text, and for easy Japanese also the author's furigana, which give the
    /// reading intended where the dictionary would guess.
    /// </summary>
    public string ReadingText(GuideVersion version) => string.Join(
        "\n",
        new[] { version.Title.PlainText, version.Summary.PlainText, version.Markdown.PlainText }
            .Concat(version.Title.Readings.Concat(version.Summary.Readings).Concat(version.Markdown.Readings).Select(r => r.Reading)));

    public void Dispose()
    {
        _text.Dispose();
        _reading.Dispose();
        _readingQuery.Dispose();
    }

    private static UserDictionary LoadCityTerms()
    {
        using var stream = typeof(MorphologicalJapaneseSearch).Assembly.GetManifestResourceStream("city-terms.csv")
            ?? throw new InvalidOperationException("the embedded city-terms.csv is missing from the build");
        using var reader = new StreamReader(stream);
        return UserDictionary.Parse(reader);
    }
}
