using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Search;
using Kawasaki.Tabunka.Search.Analysis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Search.Tests;

/// <summary>The search stack over a content folder, as the site wires it.</summary>
public sealed class SearchHarness : IDisposable
{
    private readonly MorphologicalJapaneseSearch _japanese = new();
    private readonly LanguageAnalyzers _analyzers;

    public SearchHarness(string contentPath, string? dataPath = null, TimeProvider? time = null, LanguageRegistry? languages = null)
    {
        Registry = languages ?? Languages;
        var options = Options.Create(new TabunkaOptions { ContentPath = contentPath, DataPath = dataPath });
        Store = new ContentStore(new ContentLoader(Registry), options, NullLogger<ContentStore>.Instance);
        _analyzers = new LanguageAnalyzers(Registry, _japanese.Text);
        Index = new SearchIndex(_analyzers, _japanese);
        ZeroResults = new ZeroResultLog(options, time ?? TimeProvider.System, NullLogger<ZeroResultLog>.Instance);
        Service = new SearchService(Index, Store, Registry, ZeroResults);
    }

    public static LanguageRegistry Languages { get; } = new();

    /// <summary>The languages this harness searches: the site's, unless a test gave its own.</summary>
    public LanguageRegistry Registry { get; }

    public ContentStore Store { get; }

    public SearchIndex Index { get; }

    public ZeroResultLog ZeroResults { get; }

    public SearchService Service { get; }

    public SearchResults Search(string text, string reader, int limit = 10) => Service.Search(text, Registry.Get(reader), limit);

    public void Dispose()
    {
        ZeroResults.Dispose();
        Index.Dispose();
        _analyzers.Dispose();
        _japanese.Dispose();
        Store.Dispose();
    }
}
