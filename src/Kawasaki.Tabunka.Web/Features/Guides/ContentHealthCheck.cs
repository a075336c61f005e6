using Kawasaki.Tabunka.Core.Content;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kawasaki.Tabunka.Web.Features.Guides;

/// <summary>Healthy once the guides are loaded; errors in single files are logged, not fatal.</summary>
public sealed class ContentHealthCheck(ContentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.IsLoaded
            ? HealthCheckResult.Healthy($"{store.Current.Count} guides")
            : HealthCheckResult.Unhealthy("content is not loaded yet"));
}
