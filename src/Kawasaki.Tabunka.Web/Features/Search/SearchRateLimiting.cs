using System.Net;
using System.Threading.RateLimiting;
using Kawasaki.Tabunka.Core.Localization;
using Kawasaki.Tabunka.Web.Localization;
using Microsoft.AspNetCore.RateLimiting;

namespace Kawasaki.Tabunka.Web.Features.Search;

/// <summary>Limits of the search rate limiter, section <c>Tabunka:Search</c>.</summary>
public sealed class SearchLimitOptions
{
    public const string SectionName = "Tabunka:Search";

    /// <summary>
    /// Searches (page, API and suggestions together) per client address per minute. Generous,
    /// because many phones share one carrier address, most of all in a disaster.
    /// </summary>
    public int RequestsPerMinute { get; set; } = 300;
}

/// <summary>
/// A per-client fixed window on the search page and API. Over the limit, the API answers
/// 429 with a JSON error and the page a short, polite page in the reader's language; both
/// say when to retry.
/// </summary>
public static class SearchRateLimiting
{
    public static IServiceCollection AddSearchRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<SearchLimitOptions>().BindConfiguration(SearchLimitOptions.SectionName)
            .Validate(o => o.RequestsPerMinute > 0, "Tabunka:Search:RequestsPerMinute must be positive").ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!IsSearch(context.Request.Path))
                {
                    return RateLimitPartition.GetNoLimiter("other");
                }

                var limit = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchLimitOptions>>().Value.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            options.OnRejected = Reject;
        });
        return services;
    }

    public static bool IsSearch(PathString path)
    {
        var value = path.Value ?? "";
        return value.StartsWith("/api/search", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("/api/suggest", StringComparison.OrdinalIgnoreCase)
            || value.EndsWith("/search", StringComparison.OrdinalIgnoreCase);
    }

    private static async ValueTask Reject(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        context.Response.Headers.RetryAfter = "60";
        var language = context.Features.Get<RequestLanguageFeature>()?.Language
            ?? context.RequestServices.GetRequiredService<Kawasaki.Tabunka.Core.Languages.LanguageRegistry>().Default;
        var strings = context.RequestServices.GetRequiredService<LocaleCatalog>();
        var message = strings.Find(language.Id, "Search.TooMany") ?? "Too many searches.";
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await context.Response.WriteAsJsonAsync(new { error = message }, cancellationToken);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        var html = WebUtility.HtmlEncode(message);
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{language.HtmlLang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            $"<title>{html}</title></head><body><main><p>{html}</p><p><a href=\"/{language.Id}/\">{WebUtility.HtmlEncode(strings.Find(language.Id, "NotFound.Home") ?? "Home")}</a></p></main></body></html>",
            cancellationToken);
    }
}
