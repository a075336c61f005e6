using Kawasaki.Tabunka.Core;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kawasaki.Tabunka.Search;

/// <summary>
/// Searches the guides for a reader: in their language, then in English and Japanese (a
/// guide not yet translated, or a word typed in English or in Japanese, is still found), and
/// when all that finds fewer than <see cref="FewResults"/> guides, in every other language.
/// Each language is analysed by its own analyzer. One result per guide, in the reader's
/// language when that version matched; results in other languages come after.
/// </summary>
public sealed class SearchService(SearchIndex index, ContentStore content, LanguageRegistry languages, ZeroResultLog zeroResults)
{
    public const int FewResults = 3;

    /// <summary>
    /// The languages every guide exists in first (easy Japanese is the source; English and
    /// Japanese follow it closely) and that residents often type in whatever their site language.
    /// </summary>
    private static readonly string[] BridgeLanguages = ["en", LanguageRegistry.SourceLanguageId, "ja"];
    public const int MaxLimit = 50;
    private const int Candidates = 200;

    private readonly QueryBuilder _queries = new(index);

    /// <summary>Searches what a reader typed (cleaned by <see cref="QueryText"/>); never throws for it.</summary>
    public SearchResults Search(string typed, Language reader, int limit = 10)
    {
        var (text, problem) = QueryText.Normalize(typed);
        if (problem != QueryProblem.None)
        {
            return SearchResults.Empty(text, reader.Id);
        }

        limit = Math.Clamp(limit, 1, MaxLimit);
        index.Apply(content.Current);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;

        var found = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        Collect(searcher, text, reader.Id, reader.Id, found);
        foreach (var bridge in BridgeLanguages.Where(l => l != reader.Id && languages.TryGet(l, out _)))
        {
            Collect(searcher, text, bridge, reader.Id, found);
        }

        if (found.Count < FewResults)
        {
            foreach (var other in languages.All.Where(l => l.Id != reader.Id && !BridgeLanguages.Contains(l.Id)))
            {
                Collect(searcher, text, other.Id, reader.Id, found);
            }
        }

        if (found.Count == 0)
        {
            zeroResults.Record(reader.Id, text);
            return SearchResults.Empty(text, reader.Id);
        }

        var ordered = found.Values
            .OrderByDescending(f => f.Language == reader.Id)
            .ThenByDescending(f => f.Doc.Score)
            .ToList();
        // Rewriting expands typo matches into terms; once per language query, not per hit.
        var rewritten = new Dictionary<Query, Query>(ReferenceEqualityComparer.Instance);
        var hits = ordered.Take(limit)
            .Select(f => Hit(searcher, f.Doc, f.Language, rewritten.TryGetValue(f.Query, out var r) ? r : rewritten[f.Query] = searcher.Rewrite(f.Query)))
            .ToList();
        return new SearchResults(text, reader.Id, found.Count, hits);
    }

    /// <summary>Adds the guides matching in one language; returns how many matched there.</summary>
    private int Collect(IndexSearcher searcher, string text, string language, string readerLanguage, Dictionary<string, Candidate> found)
    {
        var query = _queries.Build(text, language, searcher, typos: language == readerLanguage);
        if (query is null)
        {
            return 0;
        }

        var top = searcher.Search(query, Candidates);
        var leaves = searcher.IndexReader.Leaves;
        var scratch = new BytesRef();
        foreach (var doc in top.ScoreDocs)
        {
            var leaf = leaves[ReaderUtil.SubIndex(doc.Doc, leaves)];
            leaf.AtomicReader.GetSortedDocValues(SearchFields.Id).Get(doc.Doc - leaf.DocBase, scratch);
            var id = scratch.Utf8ToString();
            // The reader's language is searched first and its version is kept; among other
            // languages the best scoring version of a guide wins.
            if (!found.TryGetValue(id, out var existing) || (existing.Language != readerLanguage && doc.Score > existing.Doc.Score))
            {
                found[id] = new Candidate(doc, language, query);
            }
        }

        return top.ScoreDocs.Length;
    }

    private sealed record Candidate(ScoreDoc Doc, string Language, Query Query);

    private SearchHit Hit(IndexSearcher searcher, ScoreDoc scoreDoc, string language, Query query)
    {
        var document = searcher.Doc(scoreDoc.Doc);
        var id = document.Get(SearchFields.Id);
        var topic = document.Get(SearchFields.Topic);
        var title = document.Get(SearchFields.Title(language));
        var snippet = Snippets.Make(
            query,
            index.Analyzers.For(language),
            searcher.IndexReader,
            scoreDoc.Doc,
            (SearchFields.Body(language), document.Get(SearchFields.Body(language))),
            (SearchFields.Summary(language), document.Get(SearchFields.Summary(language))));
        return new SearchHit(id, language, topic, title, SiteUrls.Guide(language, topic, id), snippet, scoreDoc.Score);
    }
}
