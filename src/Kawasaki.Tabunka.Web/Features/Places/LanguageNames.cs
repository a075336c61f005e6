using System.Globalization;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Web.Features.Places;

/// <summary>
/// Names of the languages a place serves, in their own script. Site languages use the
/// registry's names; any other tag (a counter may speak Russian) uses the culture's name.
/// </summary>
public static class LanguageNames
{
    public static string Native(LanguageRegistry languages, string tag)
    {
        if (languages.TryGetIgnoringCase(tag, out var language))
        {
            return language.NativeName;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(tag);
            return culture.NativeName == tag || string.IsNullOrEmpty(culture.NativeName) ? tag : culture.NativeName;
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }

    public static string HtmlLang(LanguageRegistry languages, string tag) =>
        languages.TryGetIgnoringCase(tag, out var language) ? language.HtmlLang : tag;
}
