namespace Kawasaki.Tabunka.Web.Localization;

/// <summary>The cookie that remembers the reader's language, read when they come back to <c>/</c>.</summary>
public static class LanguageCookie
{
    public const string Name = "tabunka-lang";

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
