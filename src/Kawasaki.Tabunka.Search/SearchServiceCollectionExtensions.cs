using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Search.Analysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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
        services.AddSingleton<SearchReadiness>();
        services.AddHostedService<SearchIndexUpdater>();
        return services;
    }

    /// <summary>
    /// Builds the index once the site listens, in the background, so it serves pages at once; runs
    /// queries in every language (loading the dictionary and compiling the query path) and
    /// only then reports ready. A search that comes earlier waits for the index in
    /// <see cref="SearchService"/>. Follows every content reload.
    /// </summary>
    private sealed class SearchIndexUpdater(SearchIndex index, ContentStore content, SearchService search, SearchReadiness readiness, Core.Languages.LanguageRegistry languages, IHostApplicationLifetime lifetime, ILogger<SearchReadiness> logger) : IHostedService
    {
        /// <summary>How long the query path is exercised before the site says it is ready.</summary>
        private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

        public Task StartAsync(CancellationToken cancellationToken)
        {
            content.Changed += index.Apply;
            // After the server listens, so that building the index does not slow the start.
            lifetime.ApplicationStarted.Register(() => _ = Task.Run(Warm, CancellationToken.None));
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            content.Changed -= index.Apply;
            return Task.CompletedTask;
        }

        private void Warm()
        {
            try
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var library = content.Current;
                index.Apply(library);
                // Titles in every language, in turns, for up to WarmUp: enough calls for the
                // runtime to compile the query path before readers arrive, rather than during a
                // surge. A title finds its guide, so nothing is counted as a failed search.
                var titles = library.Guides
                    .SelectMany((g, rank) => languages.All.Select(l => (Rank: rank, Language: l, Version: g.Versions.GetValueOrDefault(l.Id))))
                    .Where(t => t.Version is not null)
                    .OrderBy(t => t.Rank)
                    .ToList();
                var warming = System.Diagnostics.Stopwatch.StartNew();
                foreach (var (_, language, version) in titles)
                {
                    search.Search(version!.FrontMatter.Title.PlainText, language);
                    if (warming.Elapsed > WarmUp)
                    {
                        break;
                    }
                }

                readiness.MarkReady();
                logger.LogInformation("Search ready: {Documents} documents indexed and every language queried in {Elapsed:0} ms", index.DocumentCount, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception e)
            {
                logger.LogCritical(e, "The search index could not be built; /readyz stays unready");
            }
        }
    }
}

/// <summary>Whether search has its index and has answered a query in every language (<c>/readyz</c>).</summary>
public sealed class SearchReadiness
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    internal void MarkReady() => _ready = true;
}
