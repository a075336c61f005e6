namespace Kawasaki.Tabunka.Web.Localization;

/// <summary>
/// The cookie that remembers the reader's language, read when they come back to <c>/</c>. It
/// is set only when the reader chooses a language (the chooser and the switcher add
/// <c>?chosen=1</c> to their links), never on an ordinary page view: a page that sets a
/// cookie cannot be cached, and the first visits of a surge must hit the cache.
/// </summary>
public static class LanguageCookie
{
    public const string Name = "tabunka-lang";

    /// <summary>The query key of a link by which the reader chooses a language.</summary>
    public const string ChoiceQuery = "chosen";

    /// <summary>A link to <paramref name="url"/> that also remembers its language.</summary>
    public static string Choosing(string url) => $"{url}?{ChoiceQuery}=1";

    public static CookieOptions Options(HttpContext context) => new()
    {
        Path = "/",
        MaxAge = TimeSpan.FromDays(365),
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
    };
}
