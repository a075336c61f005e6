using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Search.Analysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Kawasaki.Tabunka.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The search index (built at start, updated when content changes), search and the zero-result log.</summary>
    public static IServiceCollection AddTabunkaSearch(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IJapaneseSearch, MorphologicalJapaneseSearch>();
        services.AddSingleton(sp => new LanguageAnalyzers(sp.GetRequiredService<Core.Languages.LanguageRegistry>(), sp.GetRequiredService<IJapaneseSearch>().Text));
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<ZeroResultLog>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<SuggestionService>();
        services.AddHostedService<SearchIndexUpdater>();
        return services;
    }

    /// <summary>Builds the index at start and follows every content reload.</summary>
    private sealed class SearchIndexUpdater(SearchIndex index, ContentStore content) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            content.Changed += index.Apply;
            index.Apply(content.Current);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            content.Changed -= index.Apply;
            return Task.CompletedTask;
        }
    }
}
