using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Web.Localization;

/// <summary>
/// What the request's language is and how it was decided, worked out once per request by
/// <see cref="RequestLanguageMiddleware"/>.
/// </summary>
/// <param name="Language">The language of the page: the URL's, else the reader's preference, else the default.</param>
/// <param name="FromUrl">True when the URL's first segment is exactly a language id (<c>/vi/...</c>).</param>
/// <param name="UrlLanguage">The language the first segment names when case is ignored (<c>/VI/</c>), for the canonical redirect.</param>
/// <param name="Preferred">For a URL without a language: the reader's remembered or negotiated language, or null when neither matches.</param>
public sealed record RequestLanguageFeature(Language Language, bool FromUrl, Language? UrlLanguage, Language? Preferred);

/// <summary>The language of the current request, for components and the localizer.</summary>
public sealed class RequestLanguage(IHttpContextAccessor accessor, LanguageRegistry languages)
{
    public Language Current => accessor.HttpContext?.Features.Get<RequestLanguageFeature>()?.Language ?? languages.Default;

    /// <summary>True when the URL named the language (so it is the page's own language).</summary>
    public bool FromUrl => accessor.HttpContext?.Features.Get<RequestLanguageFeature>()?.FromUrl == true;
}
