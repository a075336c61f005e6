using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Kawasaki.Tabunka.Web.Hosting.Caching;

/// <summary>
/// HTTP caching for public responses: one encoding chosen per request (so that the output
/// cache and the compression agree), validators built from <see cref="SiteVersion"/> with a
/// <c>304</c> before anything is rendered, and <c>Cache-Control</c> for browsers and shared
/// caches. A response that sets a cookie is never given to a shared cache.
/// </summary>
public sealed class HttpCachingMiddleware(RequestDelegate next, SiteVersion version)
{
    public Task InvokeAsync(HttpContext context)
    {
        var (kind, keys) = PublicResponse.Classify(context);
        if (kind == PublicKind.None)
        {
            return next(context);
        }

        var request = context.Request;
        var encoding = PublicResponse.Encoding(request);
        // The compression middleware further in reads exactly this, whatever the browser wrote.
        request.Headers.AcceptEncoding = encoding == PublicResponse.Identity ? StringValues.Empty : new StringValues(encoding);

        var cacheable = PublicResponse.QueryIsCacheable(request, keys);
        var etag = new EntityTagHeaderValue($"\"{version.Token}-{encoding}-{PublicResponse.Furigana(request)}\"");
        var lastModified = version.Since;
        var cacheControl = kind == PublicKind.Api ? PublicResponse.ApiCacheControl
            : PublicResponse.HasPreference(request) ? PublicResponse.PrivatePageCacheControl
            : PublicResponse.PageCacheControl;
        var vary = kind == PublicKind.Api ? HeaderNames.AcceptEncoding : $"{HeaderNames.AcceptEncoding}, {HeaderNames.Cookie}";

        if (cacheable && NotModified(request, etag, lastModified))
        {
            var response = context.Response;
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ETag = etag.ToString();
            response.Headers.CacheControl = cacheControl;
            response.Headers.Vary = vary;
            return Task.CompletedTask;
        }

        // Set before the response is written, so that the output cache stores them with the
        // page; a copy served from it brings back the validators it was rendered with (a newer
        // ETag on an older body would let a later 304 hide a change).
        var headers = context.Response.Headers;
        if (cacheable)
        {
            headers.ETag = etag.ToString();
            headers.LastModified = HeaderUtilities.FormatDate(lastModified);
            headers.CacheControl = cacheControl;
            headers.Vary = vary;
        }

        context.Response.OnStarting(() =>
        {
            var response = context.Response;
            var ok = response.StatusCode == StatusCodes.Status200OK;
            if (ok && cacheable && StringValues.IsNullOrEmpty(response.Headers.SetCookie))
            {
                // A cached copy carries the Cache-Control of the reader it was made for.
                response.Headers.CacheControl = cacheControl;
                return Task.CompletedTask;
            }

            response.Headers.Remove(HeaderNames.ETag);
            response.Headers.Remove(HeaderNames.LastModified);
            if (ok)
            {
                response.Headers.CacheControl = PublicResponse.NoSharedCacheControl;
            }
            else if (response.Headers.CacheControl == cacheControl)
            {
                // A 404 or a redirect decides nothing for long: ask again next time.
                response.Headers.CacheControl = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary><c>If-None-Match</c> when present (weak comparison, as RFC 9110 asks for GET),
    /// else <c>If-Modified-Since</c>.</summary>
    private static bool NotModified(HttpRequest request, EntityTagHeaderValue current, DateTimeOffset lastModified)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (!StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
                && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
        }

        return HeaderUtilities.TryParseDate(request.Headers.IfModifiedSince.ToString(), out var since) && lastModified <= since;
    }
}
