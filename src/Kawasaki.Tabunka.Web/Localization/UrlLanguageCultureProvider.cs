using Kawasaki.Tabunka.Core.Languages;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace Kawasaki.Tabunka.Web.Localization;

/// <summary>
/// The request culture for ASP.NET Core's localization middleware. The URL decides
/// (<c>/vi/...</c> is Vietnamese); a URL without a language (<c>/</c>, a 404) takes the
/// remembered cookie, then <c>Accept-Language</c>, then English. The chosen
/// <see cref="Language"/> is stored as a <see cref="RequestLanguageFeature"/> because two
/// site languages (<c>ja</c> and <c>ja-easy</c>) share the culture <c>ja-JP</c>.
/// </summary>
public sealed class UrlLanguageCultureProvider(LanguageRegistry languages, LanguageNegotiator negotiator) : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var feature = Resolve(httpContext);
        httpContext.Features.Set(feature);
        var culture = feature.Language.CultureName;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture, culture));
    }

    /// <summary>The language named by the URL's first segment, else the reader's preference, else the default.</summary>
    public RequestLanguageFeature Resolve(HttpContext context)
    {
        // A 404 re-executed as /not-found keeps the language of the URL that was asked for.
        var path = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? context.Request.Path;
        if (languages.TryGet(FirstSegment(path), out var fromUrl))
        {
            return new(fromUrl, FromUrl: true);
        }

        return new(Preferred(context) ?? languages.Default, FromUrl: false);
    }

    /// <summary>The remembered language, else the negotiated one; null when neither matches.</summary>
    public Language? Preferred(HttpContext context)
    {
        if (languages.TryGet(context.Request.Cookies[LanguageCookie.Name], out var remembered))
        {
            return remembered;
        }

        return negotiator.Negotiate(context.Request.Headers.AcceptLanguage.ToString());
    }

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
