using System.Globalization;

namespace Kawasaki.Tabunka.Core.Languages;

/// <summary>Writing direction of a language, for the <c>dir</c> attribute.</summary>
public enum TextDirection
{
    Ltr,
    Rtl,
}

/// <summary>
/// One language of the site, as the contracts table gives it.
/// </summary>
/// <param name="Id">The id in URLs and file names, e.g. <c>ja-easy</c>, <c>zh-hans</c>.</param>
/// <param name="NativeName">The language's name in its own script, shown in the switcher.</param>
/// <param name="HtmlLang">The value of the HTML <c>lang</c> attribute (BCP 47).</param>
/// <param name="HrefLang">The value of <c>hreflang</c> on alternate links.</param>
/// <param name="CultureName">The .NET culture used to format dates and numbers.</param>
/// <param name="Direction">Text direction.</param>
/// <param name="Fallbacks">Languages to show a guide in when it is missing in this one, in order.</param>
public sealed record Language(
    string Id,
    string NativeName,
    string HtmlLang,
    string HrefLang,
    string CultureName,
    TextDirection Direction,
    IReadOnlyList<string> Fallbacks)
{
    /// <summary>
    /// The culture for dates and numbers. <c>ja-easy</c> maps to <c>ja-JP</c> explicitly:
    /// <c>new CultureInfo("ja-easy")</c> would read "easy" as a script and format in English.
    /// </summary>
    public CultureInfo Culture => CultureInfo.GetCultureInfo(CultureName);

    /// <summary>This language first, then its fallbacks, without repeats.</summary>
    public IEnumerable<string> FallbackChain => new[] { Id }.Concat(Fallbacks).Distinct(StringComparer.Ordinal);

    /// <summary>The <c>dir</c> attribute value.</summary>
    public string Dir => Direction == TextDirection.Rtl ? "rtl" : "ltr";

    public override string ToString() => Id;
}
