using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Web.Localization;

namespace Kawasaki.Tabunka.Web.Features.Guides;

/// <summary>
/// Whether to show furigana: <c>?furigana=on|off</c> (the toggle link, which works without
/// JavaScript) decides and is remembered in a cookie; otherwise the cookie; otherwise on for
/// easy Japanese and off for other languages.
/// </summary>
public static class FuriganaPreference
{
    public const string CookieName = "tabunka-furigana";
    public const string QueryName = "furigana";

    public static bool Resolve(HttpContext? context, Language language)
    {
        var asked = context?.Request.Query[QueryName].ToString();
        if (asked is "on" or "off")
        {
            if (context!.Request.Cookies[CookieName] != asked && !context.Response.HasStarted)
            {
                context.Response.Cookies.Append(CookieName, asked, LanguageCookie.Options(context));
            }

            return asked == "on";
        }

        return context?.Request.Cookies[CookieName] switch
        {
            "on" => true,
            "off" => false,
            _ => language.Id == LanguageRegistry.SourceLanguageId,
        };
    }
}
