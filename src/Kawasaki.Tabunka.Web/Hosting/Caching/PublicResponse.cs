using Kawasaki.Tabunka.Web.Features.Guides;
using Kawasaki.Tabunka.Web.Localization;
using Microsoft.Net.Http.Headers;

namespace Kawasaki.Tabunka.Web.Hosting.Caching;

/// <summary>What kind of public response a request asks for, as far as caching goes.</summary>
public enum PublicKind
{
    /// <summary>Not cached by us nor by anyone: the staff area, <c>/</c>, health checks, posts.</summary>
    None,

    /// <summary>A page (home, topic, guide, places, privacy) or the sitemap: the same for every reader.</summary>
    Page,

    /// <summary>The search results page: per query.</summary>
    SearchPage,

    /// <summary>The search and suggestion API: JSON per query, no banner in it.</summary>
    Api,
}

/// <summary>
/// The rules shared by the output cache policy and the HTTP caching middleware: which requests
/// are public, which query keys make a different response, and the variant a reader gets
/// (compression, furigana). Everything that changes the bytes of a public response is here, so
/// the output cache's key and the <c>ETag</c> cannot disagree.
/// </summary>
public static class PublicResponse
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";
    public const string Identity = "none";

    // Lifetimes for browsers and shared caches: short enough that a banner reaches a reader
    // within ten seconds (3 s fresh, then at most one stale view while revalidating), long
    // enough that a surge of readers on one page costs one render per few seconds. When the
    // site cannot answer, a day-old copy beats an error page.
    public const string PageCacheControl = "public, max-age=3, stale-while-revalidate=4, stale-if-error=86400";
    public const string PrivatePageCacheControl = "private, max-age=3, stale-while-revalidate=4, stale-if-error=86400";
    public const string ApiCacheControl = "public, max-age=30, stale-if-error=3600";

    /// <summary>Responses a shared cache must not keep: anything that sets a cookie.</summary>
    public const string NoSharedCacheControl = "private, no-cache";

    private static readonly string[] NoKeys = [];
    private static readonly string[] SearchPageKeys = ["q"];
    private static readonly string[] PrintKeys = ["with"];
    private static readonly string[] SearchApiKeys = ["q", "lang", "limit"];
    private static readonly string[] SuggestKeys = ["q", "lang"];

    /// <summary>The kind of a request, and the query keys that make its response differ.</summary>
    public static (PublicKind Kind, string[] QueryKeys) Classify(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return (PublicKind.None, NoKeys);
        }

        var path = request.Path.Value ?? "/";
        if (path == "/sitemap.xml")
        {
            return (PublicKind.Page, NoKeys);
        }

        if (path == "/api/search")
        {
            return (PublicKind.Api, SearchApiKeys);
        }

        if (path == "/api/suggest")
        {
            return (PublicKind.Api, SuggestKeys);
        }

        if (context.Features.Get<RequestLanguageFeature>()?.UrlLanguage is null)
        {
            return (PublicKind.None, NoKeys);
        }

        if (path.EndsWith("/search", StringComparison.Ordinal) && path.Count(c => c == '/') == 2)
        {
            return (PublicKind.SearchPage, SearchPageKeys);
        }

        // A leaflet: the second language is in the query (?with=ne).
        return path.EndsWith("/print", StringComparison.Ordinal) ? (PublicKind.Page, PrintKeys) : (PublicKind.Page, NoKeys);
    }

    /// <summary>True when the query holds only keys that select the response, so that a
    /// cached copy may answer it. Anything else (<c>?furigana=on</c>, which sets a cookie,
    /// or a made-up key that would only fill the cache) goes to the page itself.</summary>
    public static bool QueryIsCacheable(HttpRequest request, string[] keys) =>
        request.Query.Keys.All(k => keys.Contains(k, StringComparer.Ordinal));

    /// <summary>
    /// The one encoding the site will answer with, read from <c>Accept-Encoding</c> as the
    /// compression middleware reads it: the highest weight wins among br and gzip (a wildcard
    /// counts for both), brotli on a tie, none when neither is acceptable.
    /// </summary>
    public static string Encoding(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var offered))
        {
            return Identity;
        }

        double Weight(string name)
        {
            var exact = offered.FirstOrDefault(o => o.Value.Equals(name, StringComparison.OrdinalIgnoreCase));
            var any = offered.FirstOrDefault(o => o.Value.Equals("*", StringComparison.Ordinal));
            var chosen = exact ?? any;
            return chosen is null ? 0 : chosen.Quality ?? 1;
        }

        var (br, gzip) = (Weight(Brotli), Weight(Gzip));
        return br <= 0 && gzip <= 0 ? Identity : br >= gzip ? Brotli : Gzip;
    }

    /// <summary>The furigana preference a page is rendered with: <c>on</c>, <c>off</c>, or the
    /// language's default (<c>auto</c>).</summary>
    public static string Furigana(HttpRequest request) => request.Cookies[FuriganaPreference.CookieName] switch
    {
        "on" => "on",
        "off" => "off",
        _ => "auto",
    };

    /// <summary>True when the reader has stored a preference, so that a shared cache, which keys
    /// only by URL, must not hand their copy to others nor give them the default one.</summary>
    public static bool HasPreference(HttpRequest request) =>
        request.Cookies.ContainsKey(FuriganaPreference.CookieName) || request.Cookies.ContainsKey(LanguageCookie.Name);
}
