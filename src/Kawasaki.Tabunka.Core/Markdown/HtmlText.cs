using System.Text;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// Escapes text for HTML content and attribute values: only <c>&amp; &lt; &gt; " '</c>.
/// Everything else is written as UTF-8 text, unlike <c>WebUtility.HtmlEncode</c>, which
/// turns characters outside the basic plane (𠮟, emoji) into numeric entities.
/// </summary>
public static class HtmlText
{
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var html = new StringBuilder(text.Length + 16);
        Append(html, text);
        return html.ToString();
    }

    public static StringBuilder Append(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return html;
    }
}
