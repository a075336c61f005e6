using Kawasaki.Tabunka.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Kawasaki.Tabunka.Search;

/// <summary>
/// Builds the Lucene query for one language from analysed terms, never from query syntax.
/// Each term may match the title, keywords, summary or body (weighted in that order); in
/// Latin-script languages a word of four letters or more also matches with a typo (two for
/// eight letters or more); the words near each other in the body rank higher. Terms that occur nowhere in the language do not count towards the words a
/// guide must contain, so "what to do in an earthquake" still finds the earthquake guides.
/// </summary>
public sealed class QueryBuilder(SearchIndex index)
{
    /// <summary>At most this many analysed terms are used.</summary>
    public const int MaxTerms = 12;

    /// <summary>At most this many reading pairs are used (a query of about 24 kana).</summary>
    public const int MaxReadingTerms = 24;

    /// <summary>Analysed terms this long may match with one typo (eight or more: two).</summary>
    public const int MinFuzzyLength = 4;

    /// <summary>
    /// The query for <paramref name="text"/> in <paramref name="language"/>, or null when
    /// nothing in it can match. <paramref name="typos"/>: whether words may also match with
    /// a typo; the service allows it in the reader's language only, because across eleven
    /// other languages it would cost more than the whole search and mostly find noise.
    /// </summary>
    public Query? Build(string text, string language, IndexSearcher searcher, bool typos = true)
    {
        var analyzer = index.Analyzers.For(language);
        var terms = Analyze(analyzer, SearchFields.Body(language), text);
        var outer = new BooleanQuery();
        var textMatch = TermsQuery(text, terms, language, searcher, typos);
        if (textMatch is not null)
        {
            outer.Add(textMatch, Occur.SHOULD);
            if (terms.Count > 1)
            {
                var phrase = new PhraseQuery { Slop = 3, Boost = 2f };
                foreach (var (term, position) in terms)
                {
                    phrase.Add(new Term(SearchFields.Body(language), term), position);
                }

                outer.Add(phrase, Occur.SHOULD);
            }
        }

        if (index.Analyzers.IsJapanese(language))
        {
            var readings = Analyze(index.Japanese.ReadingQuery, SearchFields.Reading(language), text, MaxReadingTerms);
            if (ReadingQuery(readings, language, searcher) is { } readingMatch)
            {
                outer.Add(readingMatch, Occur.SHOULD);
            }
        }

        return outer.Clauses.Count == 0 ? null : outer;
    }

    /// <summary>The analysed terms of <paramref name="text"/> with their positions, at most <see cref="MaxTerms"/>.</summary>
    public static List<(string Term, int Position)> Analyze(Analyzer analyzer, string field, string text, int maxTerms = MaxTerms)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken() && terms.Count < maxTerms)
        {
            // Stacked tokens (a compound over its parts) share a position.
            position += terms.Count == 0 ? Math.Max(1, increment.PositionIncrement) : increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms;
    }

    private BooleanQuery? TermsQuery(string text, List<(string Term, int Position)> terms, string language, IndexSearcher searcher, bool typos)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        // Latin-script languages go word by word, so each word can also match with a typo
        // against the unstemmed words; other scripts go term by term.
        var latin = index.Analyzers.IsLatinScript(language);
        var groups = latin
            ? Analyze(index.Analyzers.Words, SearchFields.Words(language), text)
                .Select(w => w.Term).Distinct()
                .Select(w => (Word: w, Terms: Analyze(index.Analyzers.For(language), SearchFields.Body(language), w).Select(t => t.Term).ToList()))
                .Where(g => g.Terms.Count > 0)
                .ToList()
            : terms.Select(t => t.Term).Distinct().Select(t => (Word: (string?)null, Terms: new List<string> { t })).ToList()!;

        var query = new BooleanQuery();
        var known = 0;
        foreach (var (word, stems) in groups)
        {
            var any = new DisjunctionMaxQuery(0.1f);
            var occurs = false;
            foreach (var stem in stems)
            {
                foreach (var (field, boost) in WeightedFields(language))
                {
                    var exact = new Term(field, stem);
                    occurs |= searcher.IndexReader.DocFreq(exact) > 0;
                    any.Add(new TermQuery(exact) { Boost = boost });
                }
            }

            // Typo matching only for a word the guides do not contain as typed: it is the
            // costly part of a query, and a word that occurs needs no correction.
            if (typos && word is not null && word.Length >= MinFuzzyLength && searcher.IndexReader.DocFreq(new Term(SearchFields.Words(language), word)) == 0)
            {
                var edits = word.Length >= 8 ? 2 : 1;
                any.Add(new FuzzyQuery(new Term(SearchFields.Words(language), word), edits, prefixLength: 1) { Boost = 0.5f });
            }

            known += occurs ? 1 : 0;
            query.Add(any, Occur.SHOULD);
        }

        if (query.Clauses.Count == 0)
        {
            return null;
        }

        query.MinimumNumberShouldMatch = known <= 2 ? known : (known + 1) / 2;
        return query;
    }

    private static (string Field, float Boost)[] WeightedFields(string language) =>
    [
        (SearchFields.Title(language), 4f),
        (SearchFields.Keywords(language), 3f),
        (SearchFields.Summary(language), 2f),
        (SearchFields.Body(language), 1f),
    ];

    /// <summary>
    /// The reading pairs of each phrase the reader typed (words separated by spaces or
    /// punctuation, as easy Japanese is written) must occur in order, one phrase query per
    /// phrase, and most of the phrases must match. A phrase whose last pair occurs nowhere is
    /// tried without it: kana typed with its particle (しやくしょに, こどもが) still finds the
    /// word. A phrase that still occurs nowhere does not count.
    /// </summary>
    private static BooleanQuery? ReadingQuery(List<(string Term, int Position)> readings, string language, IndexSearcher searcher)
    {
        var field = SearchFields.Reading(language);
        bool Occurs(IEnumerable<(string Term, int Position)> pairs) => pairs.All(r => searcher.IndexReader.DocFreq(new Term(field, r.Term)) > 0);

        var query = new BooleanQuery();
        foreach (var phrase in Phrases(readings))
        {
            var pairs = Occurs(phrase) ? phrase : phrase.Count >= 3 && Occurs(phrase[..^1]) ? phrase[..^1] : null;
            if (pairs is null)
            {
                continue;
            }

            var match = new PhraseQuery { Boost = 3f };
            foreach (var (term, position) in pairs)
            {
                match.Add(new Term(field, term), position);
            }

            query.Add(match, Occur.SHOULD);
        }

        var known = query.Clauses.Count;
        if (known == 0)
        {
            return null;
        }

        // Of two phrases one may be a question word the guide does not use (いつ, どこ):
        // either counts, and a guide with both ranks higher.
        query.MinimumNumberShouldMatch = known <= 2 ? 1 : (known + 1) / 2;
        return query;
    }

    /// <summary>The reading pairs split where the analyzer left a gap (a space, punctuation).</summary>
    private static IEnumerable<List<(string Term, int Position)>> Phrases(List<(string Term, int Position)> readings)
    {
        var phrase = new List<(string Term, int Position)>();
        foreach (var reading in readings)
        {
            if (phrase.Count > 0 && reading.Position - phrase[^1].Position > 1)
            {
                yield return phrase;
                phrase = [];
            }

            phrase.Add(reading);
        }

        if (phrase.Count > 0)
        {
            yield return phrase;
        }
    }
}
