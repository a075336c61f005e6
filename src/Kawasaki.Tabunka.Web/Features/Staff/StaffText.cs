using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Localization;

namespace Kawasaki.Tabunka.Web.Features.Staff;

/// <summary>The staff area's strings (<c>locales/staff/{ja,en}.json</c>), loaded once.</summary>
public sealed class StaffStrings(LocaleCatalog catalog)
{
    public static readonly string[] Languages = ["ja", "en"];

    public static StaffStrings Load(string localesPath) =>
        new(LocaleCatalog.Load(Path.Combine(localesPath, "staff"), LanguageRegistry.From(
        [
            new Language("ja", "日本語", "ja", "ja", "ja-JP", TextDirection.Ltr, []),
            new Language("en", "English", "en", "en", "en-US", TextDirection.Ltr, []),
        ])));

    public string Get(string language, string key) => catalog.Find(language, key) ?? key;
}

/// <summary>The staff strings in the language of the person using the page (Japanese by default).</summary>
public sealed class StaffText(StaffStrings strings)
{
    public string Language { get; set; } = "ja";

    public string this[string key] => strings.Get(Language, key);

    public string this[string key, params object[] args] => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], args);

    public const string CookieName = "tabunka-staff-lang";

    public static string Normalize(string? language) => language == "en" ? "en" : "ja";

    /// <summary>The staff language before sign-in and for the page's lang attribute.</summary>
    public static void Remember(HttpContext context, string language) =>
        context.Response.Cookies.Append(CookieName, language, new CookieOptions
        {
            Path = "/staff",
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            MaxAge = TimeSpan.FromDays(365),
        });

    /// <summary>The staff language of a request that has no signed-in user yet.</summary>
    public static string FromRequest(HttpContext context) =>
        Normalize(context.Request.Cookies[CookieName] ?? (context.Request.Headers.AcceptLanguage.ToString().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ja"));
}
