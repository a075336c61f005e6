using Kawasaki.Tabunka.Web.Localization;

namespace Kawasaki.Tabunka.Web.Hosting;

/// <summary>
/// One URL per page: public paths are lower case, a home or topic ends with a slash, a guide
/// or a named page (<c>search</c>, <c>privacy</c>) does not. Other spellings get a permanent
/// redirect, so links typed by hand or shared in chat still work and search engines see one
/// page. Only paths that start with a language are touched.
/// </summary>
public sealed class CanonicalUrlMiddleware(RequestDelegate next)
{
    /// <summary>Second-level pages that are not topics and so take no trailing slash.</summary>
    public static readonly IReadOnlySet<string> NamedPages = new HashSet<string>(StringComparer.Ordinal) { "search", "privacy" };

    public Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }

        var path = context.Request.Path.Value ?? "/";
        if (context.Features.Get<RequestLanguageFeature>()?.UrlLanguage is null)
        {
            return next(context);
        }

        var canonical = Canonical(path);
        if (canonical is null || canonical == path)
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = new PathString(canonical).ToUriComponent() + context.Request.QueryString.ToUriComponent();
        return Task.CompletedTask;
    }

    /// <summary>The canonical form of a language path, or null when it has too many segments to be a page.</summary>
    public static string? Canonical(string path)
    {
        var segments = path.ToLowerInvariant().Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length switch
        {
            1 => $"/{segments[0]}/",
            2 when NamedPages.Contains(segments[1]) => $"/{segments[0]}/{segments[1]}",
            2 => $"/{segments[0]}/{segments[1]}/",
            3 => $"/{segments[0]}/{segments[1]}/{segments[2]}",
            _ => null,
        };
    }
}
