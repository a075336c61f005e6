using System.Text;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// Finds Japanese passages in a text of another language and marks them with
/// <c>&lt;span lang="ja"&gt;</c>, so that a screen reader reads 区役所 in a Vietnamese guide
/// with a Japanese voice. Translations keep Japanese names in brackets for residents to
/// show at a counter; without the mark they would be read as the page's language.
/// </summary>
internal static class JapaneseRuns
{
    /// <summary>Whether text in <paramref name="script"/> gets its Japanese passages marked: all but Japanese text.</summary>
    public static bool Marks(Script script) => script != Script.Japanese;

    /// <summary>Appends <paramref name="text"/> HTML-encoded, Japanese passages marked when <paramref name="script"/> is not Japanese.</summary>
    public static void AppendHtml(StringBuilder html, string text, Script script)
    {
        var plain = 0;
        foreach (var (start, length) in Find(text, script))
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
    public static IEnumerable<(int Start, int Length)> Find(string text, Script script)
    {
        if (!Marks(script))
        {
            yield break;
        }

        var chinese = script == Script.Han;
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

    // The analyzer's kana ranges (hiragana ぁ–ゖ ゝ ゞ, katakana ァ–ヺ ヽ ヾ), without the
    // long-vowel mark, which joins a run but does not make one.
    private static bool IsKana(char c) => c is (>= '\u3041' and <= '\u3096') or '\u309D' or '\u309E' or (>= '\u30A1' and <= '\u30FA') or '\u30FD' or '\u30FE';

    private static bool IsKanji(char c) => !char.IsSurrogate(c) && EasyJapaneseChecker.IsKanji(new Rune(c));
}
