using System.Globalization;

namespace Kawasaki.Tabunka.Core.Languages;

/// <summary>Writing direction of a language, for the <c>dir</c> attribute.</summary>
public enum TextDirection
{
    Ltr,
    Rtl,
}

/// <summary>
/// The writing system of a language's text. It decides whether Japanese names inside it are
/// marked for screen readers (not in Japanese; in Chinese only runs with kana) and whether
/// search accepts typos (Latin script, word by word).
/// </summary>
public enum Script
{
    Latin,
    Japanese,
    Han,
    Hangul,
    Devanagari,
    Thai,
}

/// <summary>
/// How search analyses a language: morphological Japanese, a stemmer with stop words and
/// accent folding (English, Portuguese, Spanish), stop words and folding without a stemmer
/// (Indonesian, whose stemmer cuts "sekolah"), Chinese word segmentation, CJK bigrams
/// (Korean), Thai word breaking, or folding alone (any other language).
/// </summary>
public enum SearchAnalysis
{
    Folding,
    Japanese,
    English,
    Portuguese,
    Spanish,
    Indonesian,
    Chinese,
    Korean,
    Thai,
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
/// <param name="Script">The writing system of its text.</param>
/// <param name="Analysis">How search analyses its text.</param>
public sealed record Language(
    string Id,
    string NativeName,
    string HtmlLang,
    string HrefLang,
    string CultureName,
    TextDirection Direction,
    IReadOnlyList<string> Fallbacks,
    Script Script = Script.Latin,
    SearchAnalysis Analysis = SearchAnalysis.Folding)
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
