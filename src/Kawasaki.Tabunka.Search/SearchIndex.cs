using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Kawasaki.Tabunka.Search;

/// <summary>
/// The in-memory index of every guide in every language. One writer; readers come from a
/// near-real-time <see cref="SearcherManager"/>, so an update is visible as soon as it is
/// applied and a query running meanwhile keeps the searcher it leased (no query fails while
/// the index changes). Built at start from the content; updated when the content changes.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly IJapaneseSearch _japanese;
    private readonly System.Threading.Lock _applyLock = new();
    private readonly Dictionary<string, string> _indexed = new(StringComparer.Ordinal);
    private long _appliedGeneration = -1;

    public SearchIndex(LanguageAnalyzers languages, IJapaneseSearch japanese)
    {
        _japanese = japanese;
        Analyzers = languages;
        _writer = new IndexWriter(_directory, new IndexWriterConfig(FoldingAnalyzer.Version, new IndexAnalyzer(languages, japanese))
        {
            OpenMode = OpenMode.CREATE,
        });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SearcherFactory());
    }

    public LanguageAnalyzers Analyzers { get; }

    public IJapaneseSearch Japanese => _japanese;

    /// <summary>True once a library has been applied.</summary>
    public bool IsReady => Interlocked.Read(ref _appliedGeneration) >= 0;

    /// <summary>The number of documents (guide × language) in the index.</summary>
    public int DocumentCount
    {
        get
        {
            using var lease = Acquire();
            return lease.Searcher.IndexReader.NumDocs;
        }
    }

    /// <summary>Brings the index in line with <paramref name="library"/>: changed versions are replaced, gone ones deleted.</summary>
    public void Apply(GuideLibrary library)
    {
        // Every search calls this; almost always the library is the one applied, and the
        // answer needs no lock (searches would otherwise queue on it).
        if (library.Generation <= Interlocked.Read(ref _appliedGeneration))
        {
            return;
        }

        lock (_applyLock)
        {
            if (library.Generation <= _appliedGeneration)
            {
                return;
            }

            var wanted = library.Versions.ToDictionary(GuideDocuments.KeyOf, StringComparer.Ordinal);
            foreach (var gone in _indexed.Keys.Where(k => !wanted.ContainsKey(k)).ToList())
            {
                _writer.DeleteDocuments(new Term(SearchFields.Key, gone));
                _indexed.Remove(gone);
            }

            foreach (var (key, version) in wanted)
            {
                var stamp = version.Path + "\n" + version.Text;
                if (_indexed.TryGetValue(key, out var indexed) && indexed == stamp)
                {
                    continue;
                }

                _writer.UpdateDocument(new Term(SearchFields.Key, key), GuideDocuments.Create(version, _japanese, Analyzers));
                _indexed[key] = stamp;
            }

            _searchers.MaybeRefreshBlocking();
            Interlocked.Exchange(ref _appliedGeneration, library.Generation);
        }
    }

    /// <summary>A searcher for one query; dispose the lease when done.</summary>
    public SearcherLease Acquire() => new(_searchers);

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }
}

/// <summary>A searcher leased from the manager and given back on dispose.</summary>
public readonly struct SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;

    internal SearcherLease(SearcherManager manager)
    {
        _manager = manager;
        Searcher = manager.Acquire();
    }

    public IndexSearcher Searcher { get; }

    public void Dispose() => _manager.Release(Searcher);
}
