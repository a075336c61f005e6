using Kawasaki.Tabunka.Core.Localization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kawasaki.Tabunka.Web.Hosting;

/// <summary>The site can only render pages once the UI strings are loaded.</summary>
public sealed class LocalesHealthCheck(LocaleCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(catalog.Find(LocaleCatalog.ReferenceLanguageId, "Site.Name") is null
            ? HealthCheckResult.Unhealthy("UI strings are not loaded")
            : HealthCheckResult.Healthy());
}
