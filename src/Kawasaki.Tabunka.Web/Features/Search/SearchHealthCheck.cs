using Kawasaki.Tabunka.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kawasaki.Tabunka.Web.Features.Search;

/// <summary>Ready once the search index is built and a query has run in every language.</summary>
public sealed class SearchHealthCheck(SearchReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("the search index is being built"));
}
