using Lucene.Net.Analysis;

namespace Kawasaki.Tabunka.Search.Analysis;

/// <summary>Picks the analyzer of a field from the language in its name (see <see cref="SearchFields"/>).</summary>
public sealed class IndexAnalyzer(LanguageAnalyzers languages, IJapaneseSearch japanese) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName)
    {
        if (SearchFields.IsReading(fieldName))
        {
            return japanese.Reading;
        }

        if (SearchFields.IsWords(fieldName))
        {
            return languages.Words;
        }

        var language = SearchFields.LanguageOf(fieldName);
        return language is not null && languages.Has(language) ? languages.For(language) : languages.Words;
    }
}
