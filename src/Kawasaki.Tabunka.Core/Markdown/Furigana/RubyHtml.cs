using System.Text;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// Writes a furigana group as HTML ruby, <c>&lt;ruby&gt;漢字&lt;rp&gt;(&lt;/rp&gt;&lt;rt&gt;かんじ&lt;/rt&gt;&lt;rp&gt;)&lt;/rp&gt;&lt;/ruby&gt;</c>;
/// the <c>rp</c> brackets show the reading inline in browsers without ruby support. Per-character
/// groups become consecutive ruby pairs. With furigana off only the base is written.
/// </summary>
internal static class RubyHtml
{
    public static void Write(StringBuilder html, string baseText, IReadOnlyList<string> readings, bool furigana)
    {
        if (!furigana)
        {
            HtmlText.Append(html, baseText);
            return;
        }

        foreach (var (piece, reading) in FuriganaSyntax.Pairs(baseText, readings))
        {
            HtmlText.Append(html.Append("<ruby>"), piece).Append("<rp>(</rp><rt>");
            HtmlText.Append(html, reading).Append("</rt><rp>)</rp></ruby>");
        }
    }
}
