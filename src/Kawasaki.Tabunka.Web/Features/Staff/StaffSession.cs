using System.Security.Claims;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Staff;
using Kawasaki.Tabunka.Staff.Accounts;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.AspNetCore.Identity;

namespace Kawasaki.Tabunka.Web.Features.Staff;

/// <summary>
/// The person behind the current page, read from the account once per request or circuit:
/// their <see cref="StaffActor"/> (roles, languages, the security stamp they signed in with)
/// and the language of the staff area for them (Japanese or English). Before sign-in, the
/// language comes from the remembered cookie or the browser.
/// </summary>
public sealed class StaffSession(UserManager<StaffUser> users, StaffAccounts accounts, IHttpContextAccessor http, LanguageRegistry languages)
{
    /// <summary>The cookie that remembers the staff language before sign-in.</summary>
    public const string LanguageCookie = "tabunka-staff-lang";

    /// <summary>The languages the staff area is written in.</summary>
    public static readonly string[] Languages = ["ja", "en"];

    private string? _language;

    public StaffActor? Actor { get; private set; }

    /// <summary>The staff language of this person: theirs once signed in, else remembered or negotiated, else Japanese.</summary>
    public Language Language => languages.Get(_language ??= FromRequest(http.HttpContext));

    /// <summary>The other staff language, offered by the switch in the header.</summary>
    public Language OtherLanguage => languages.Get(Language.Id == "ja" ? "en" : "ja");

    public async Task<StaffActor?> LoadAsync(ClaimsPrincipal principal)
    {
        if (Actor is not null || principal.Identity?.IsAuthenticated != true)
        {
            return Actor;
        }

        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return null;
        }

        Actor = await accounts.VerifyAsync(StaffAccounts.ActorFor(user, await users.GetRolesAsync(user), principal.FindFirstValue(new IdentityOptions().ClaimsIdentity.SecurityStampClaimType)));
        _language = Normalize(user.UiLanguage);
        return Actor;
    }

    public static string Normalize(string? language) => language == "en" ? "en" : "ja";

    /// <summary>Remembers the staff language for the sign-in page and the page's <c>lang</c> attribute.</summary>
    public static void Remember(HttpContext context, string language) =>
        context.Response.Cookies.Append(LanguageCookie, Normalize(language), new CookieOptions
        {
            Path = StaffUrls.Root,
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            MaxAge = TimeSpan.FromDays(365),
        });

    private static string FromRequest(HttpContext? context) =>
        context is null ? "ja"
        : Normalize(context.Request.Cookies[LanguageCookie] ?? (context.Request.Headers.AcceptLanguage.ToString().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ja"));
}
