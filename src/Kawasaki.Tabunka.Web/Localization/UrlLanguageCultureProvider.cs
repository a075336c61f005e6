using Microsoft.AspNetCore.Localization;

namespace Kawasaki.Tabunka.Web.Localization;

/// <summary>
/// The request culture for ASP.NET Core's localization middleware, taken from the language
/// <see cref="RequestLanguageMiddleware"/> decided. Two site languages (<c>ja</c> and
/// <c>ja-easy</c>) share the culture <c>ja-JP</c>, which is why pages use the feature, not the culture.
/// </summary>
public sealed class UrlLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = httpContext.Features.Get<RequestLanguageFeature>()?.Language.CultureName;
        return Task.FromResult(culture is null ? null : new ProviderCultureResult(culture, culture));
    }
}
