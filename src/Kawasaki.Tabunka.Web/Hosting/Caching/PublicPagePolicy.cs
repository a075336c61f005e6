using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Kawasaki.Tabunka.Web.Hosting.Caching;

/// <summary>
/// Which responses our output cache keeps: public pages, the sitemap and search answers, keyed
/// by path, the query keys that select them, the encoding and the furigana preference — the
/// compressed bytes, so compression runs once per page version and encoding. Never kept: a
/// response that sets a cookie, any status but 200, a query with other keys, the staff area.
/// Entries live until <see cref="SiteVersion"/> evicts them (a change) or for a while (search),
/// and are keyed by the version they were rendered under.
/// </summary>
public sealed class PublicPagePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var (kind, keys) = PublicResponse.Classify(context.HttpContext);
        var request = context.HttpContext.Request;
        if (kind == PublicKind.None || !PublicResponse.QueryIsCacheable(request, keys))
        {
            context.EnableOutputCaching = false;
            return ValueTask.CompletedTask;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // No locking: with it, readers waiting for a page are handed the first request's
        // response without the cacheability checks, so a reader who hangs up mid-response can
        // leave the others a truncated page (an output-cache issue fixed upstream after .NET
        // 10's first releases). A page renders in milliseconds; a few renders at once after an
        // eviction cost less than that risk.
        context.AllowLocking = false;
        context.CacheVaryByRules.QueryKeys = new StringValues(keys);
        context.CacheVaryByRules.VaryByValues["encoding"] = PublicResponse.Encoding(request);
        context.CacheVaryByRules.VaryByValues["furigana"] = PublicResponse.Furigana(request);
        // The version the request began under is part of the key. Evicting by tag at a change
        // is not enough alone: a page whose rendering began before the change is stored after
        // the eviction, and would then be served as current until it expires. Under the old
        // version's key it is found by nobody.
        context.CacheVaryByRules.VaryByValues["version"] = context.HttpContext.RequestServices.GetRequiredService<SiteVersion>().Token;
        context.Tags.Add(SiteVersion.Tag);
        context.ResponseExpirationTimeSpan = kind == PublicKind.Page ? TimeSpan.FromMinutes(10) : TimeSpan.FromMinutes(1);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (!StringValues.IsNullOrEmpty(response.Headers.SetCookie) || response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
