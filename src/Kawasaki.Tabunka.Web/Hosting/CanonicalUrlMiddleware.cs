using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Web.Localization;

namespace Kawasaki.Tabunka.Web.Hosting;

/// <summary>
/// One URL per page: public paths are lower case, a home or topic ends with a slash, a guide
/// or a named page (<c>search</c>, <c>privacy</c>) does not. Other spellings get a permanent
/// redirect, so links typed by hand or shared in chat still work and search engines see one
/// page. Only paths that start with a language and name a topic, the places directory or a
/// named page are touched: anything else goes on to its 404 at once rather than through a
/// redirect to a page that does not exist either.
/// </summary>
public sealed class CanonicalUrlMiddleware(RequestDelegate next)
{
    /// <summary>Second-level pages that are not topics and so take no trailing slash.</summary>
    public static readonly IReadOnlySet<string> NamedPages = new HashSet<string>(StringComparer.Ordinal) { "search", "privacy" };

    /// <summary>The second segment of the places directory and of every place page.</summary>
    public const string PlacesSegment = "places";

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

    /// <summary>The canonical form of a language path, or null when it cannot be a page.</summary>
    public static string? Canonical(string path)
    {
        var segments = path.ToLowerInvariant().Split('/', StringSplitOptions.RemoveEmptyEntries);
        var section = segments.Length > 1 ? segments[1] : null;
        var listing = Topics.IsKnown(section) || section == PlacesSegment;
        return segments.Length switch
        {
            1 => $"/{segments[0]}/",
            2 when NamedPages.Contains(section!) => $"/{segments[0]}/{section}",
            2 when listing => $"/{segments[0]}/{section}/",
            3 when listing && ContentIds.IsValid(segments[2]) => $"/{segments[0]}/{section}/{segments[2]}",
            _ => null,
        };
    }
}
