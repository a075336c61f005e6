using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Search;
using Kawasaki.Tabunka.Core.Search.Analysis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Core.Tests.Search;

/// <summary>The search stack over a content folder, as the site wires it.</summary>
public sealed class SearchHarness : IDisposable
{
    private readonly MorphologicalJapaneseSearch _japanese = new();
    private readonly LanguageAnalyzers _analyzers;

    public SearchHarness(string contentPath, string? dataPath = null, TimeProvider? time = null)
    {
        var options = Options.Create(new TabunkaOptions { ContentPath = contentPath, DataPath = dataPath });
        Store = new ContentStore(new ContentLoader(Languages), options, NullLogger<ContentStore>.Instance);
        _analyzers = new LanguageAnalyzers(_japanese.Text);
        Index = new SearchIndex(_analyzers, _japanese);
        ZeroResults = new ZeroResultLog(options, time ?? TimeProvider.System, NullLogger<ZeroResultLog>.Instance);
        Service = new SearchService(Index, Store, Languages, ZeroResults);
    }

    public static LanguageRegistry Languages { get; } = new();

    public ContentStore Store { get; }

    public SearchIndex Index { get; }

    public ZeroResultLog ZeroResults { get; }

    public SearchService Service { get; }

    public SearchResults Search(string text, string reader, int limit = 10) => Service.Search(text, Languages.Get(reader), limit);

    public void Dispose()
    {
        ZeroResults.Dispose();
        Index.Dispose();
        _analyzers.Dispose();
        _japanese.Dispose();
        Store.Dispose();
    }
}
