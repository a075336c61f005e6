using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Web.Localization;

/// <summary>What the request's language is and how it was decided.</summary>
public sealed record RequestLanguageFeature(Language Language, bool FromUrl);

/// <summary>
/// The language of the current request, for components and the localizer. Public pages get
/// it from the URL (set by <see cref="UrlLanguageCultureProvider"/>); a page without a
/// language in its URL gets the negotiated one. Interactive staff pages, which have no
/// HttpContext after the first render, set it themselves.
/// </summary>
public sealed class RequestLanguage(IHttpContextAccessor accessor, LanguageRegistry languages)
{
    private Language? _explicit;

    public Language Current =>
        _explicit ?? accessor.HttpContext?.Features.Get<RequestLanguageFeature>()?.Language ?? languages.Default;

    /// <summary>True when the URL named the language (so it is the page's own language).</summary>
    public bool FromUrl => _explicit is null && accessor.HttpContext?.Features.Get<RequestLanguageFeature>()?.FromUrl == true;

    public void Set(Language language) => _explicit = language;
}
