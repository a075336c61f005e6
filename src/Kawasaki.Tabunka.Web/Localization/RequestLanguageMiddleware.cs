using Kawasaki.Tabunka.Core.Languages;
using Microsoft.AspNetCore.Diagnostics;

namespace Kawasaki.Tabunka.Web.Localization;

/// <summary>
/// Decides the request's language once and stores it as a <see cref="RequestLanguageFeature"/>
/// for everything after: the canonical redirect, the culture, the pages, the localizer, error
/// pages. The URL decides (<c>/vi/...</c>); a URL without a language (<c>/</c>, a 404) takes the
/// remembered cookie, then <c>Accept-Language</c>, then English. A 404 re-executed as
/// <c>/not-found</c> keeps the language of the URL that was asked for.
/// </summary>
public sealed class RequestLanguageMiddleware(RequestDelegate next, LanguageRegistry languages, LanguageNegotiator negotiator)
{
    public Task InvokeAsync(HttpContext context)
    {
        var segment = FirstSegment(context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? context.Request.Path);
        var exact = languages.TryGet(segment, out var named);
        var preferred = exact ? null : Preferred(context);

        // The canonical redirect looks at the path being served, not the original of a re-executed 404.
        languages.TryGetIgnoringCase(FirstSegment(context.Request.Path), out var urlLanguage);
        context.Features.Set(new RequestLanguageFeature(exact ? named! : preferred ?? languages.Default, exact, urlLanguage, preferred));
        return next(context);
    }

    /// <summary>The remembered language, else the negotiated one; null when neither matches.</summary>
    private Language? Preferred(HttpContext context) =>
        languages.TryGet(context.Request.Cookies[LanguageCookie.Name], out var remembered)
            ? remembered
            : negotiator.Negotiate(context.Request.Headers.AcceptLanguage.ToString());

    public static string? FirstSegment(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value.Length < 2)
        {
            return null;
        }

        var end = value.IndexOf('/', 1);
        return end < 0 ? value[1..] : value[1..end];
    }
}
