using System.Text;
using Kawasaki.Tabunka.Analysis.Japanese;
using Kawasaki.Tabunka.Core.Content;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// Finds Japanese passages in a text of another language and marks them with
/// <c>&lt;span lang="ja"&gt;</c>, so that a screen reader reads 区役所 in a Vietnamese guide
/// with a Japanese voice. Translations keep Japanese names in brackets for residents to
/// show at a counter; without the mark they would be read as the page's language.
/// </summary>
public static class JapaneseRuns
{
    /// <summary>Whether text in <paramref name="language"/> (a language id or <c>lang</c> value) gets its Japanese passages marked.</summary>
    public static bool Marks(string? language) => language is not null && !language.StartsWith("ja", StringComparison.OrdinalIgnoreCase);

    /// <summary>Appends <paramref name="text"/> HTML-encoded, Japanese passages marked when <paramref name="language"/> is not Japanese.</summary>
    public static void AppendHtml(StringBuilder html, string text, string? language)
    {
        var plain = 0;
        foreach (var (start, length) in Find(text, language))
        {
            HtmlText.Append(html, text[plain..start]);
            HtmlText.Append(html.Append("<span lang=\"ja\">"), text.Substring(start, length)).Append("</span>");
            plain = start + length;
        }

        HtmlText.Append(html, text[plain..]);
    }

    /// <summary>
    /// The Japanese passages of <paramref name="text"/>: runs of kana and kanji (with ・ ー 〜
    /// inside). In Chinese, kanji are the text's own script, so a run is Japanese only when
    /// it holds kana.
    /// </summary>
    public static IEnumerable<(int Start, int Length)> Find(string text, string? language)
    {
        if (!Marks(language))
        {
            yield break;
        }

        var chinese = language!.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsKana(text[i]) && !IsKanji(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            var hasKana = false;
            while (end < text.Length && (IsKana(text[end]) || IsKanji(text[end]) || text[end] is '・' or 'ー' or '〜'))
            {
                hasKana |= IsKana(text[end]);
                end++;
            }

            if (hasKana || !chinese)
            {
                yield return (i, end - i);
            }

            i = end;
        }
    }

    private static bool IsKana(char c) => c is not ('・' or 'ー') && (Kana.IsHiragana(c) || Kana.IsKatakana(c));

    private static bool IsKanji(char c) => !char.IsSurrogate(c) && EasyJapaneseChecker.IsKanji(new Rune(c));
}
