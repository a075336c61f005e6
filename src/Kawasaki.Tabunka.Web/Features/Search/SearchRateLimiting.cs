using System.Threading.RateLimiting;
using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Localization;
using Kawasaki.Tabunka.Web.Hosting;
using Kawasaki.Tabunka.Web.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Web.Features.Search;

/// <summary>
/// The <c>search</c> rate-limit policy, put on the search page, the search API and the
/// suggestions: a fixed window per client address (<c>Tabunka:Search:RequestsPerMinute</c>,
/// per node). Over the limit, the API answers 429 with a JSON error and the page a short
/// page in the reader's language; both say when to retry.
/// </summary>
public static class SearchRateLimiting
{
    public const string Policy = "search";

    public static IServiceCollection AddSearchRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context =>
            {
                var limit = context.RequestServices.GetRequiredService<IOptions<TabunkaOptions>>().Value.Search.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            options.OnRejected = Reject;
        });
        return services;
    }

    private static async ValueTask Reject(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        context.Response.Headers.RetryAfter = "60";
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            var language = context.Features.Get<RequestLanguageFeature>()?.Language.Id ?? LocaleCatalog.ReferenceLanguageId;
            var message = context.RequestServices.GetRequiredService<LocaleCatalog>().Find(language, "Search.TooMany") ?? "Too many searches.";
            await context.Response.WriteAsJsonAsync(new { error = message }, cancellationToken);
            return;
        }

        await ErrorPage.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Search.Title", "Search.TooMany", cancellationToken);
    }
}
