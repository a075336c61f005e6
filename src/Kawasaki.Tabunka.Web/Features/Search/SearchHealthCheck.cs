using Kawasaki.Tabunka.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kawasaki.Tabunka.Web.Features.Search;

/// <summary>Healthy once the search index has been built from the content.</summary>
public sealed class SearchHealthCheck(SearchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.IsReady ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("the search index is not built yet"));
}
