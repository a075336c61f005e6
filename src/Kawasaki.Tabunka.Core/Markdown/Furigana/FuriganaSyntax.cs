using System.Globalization;
using System.Text;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// The furigana syntax of the contracts: <c>{漢字|かんじ}</c> puts one reading over the whole
/// group; <c>{漢字|かん|じ}</c> gives one reading per character and must have as many
/// readings as characters. <c>\{</c>, <c>\|</c> and <c>\}</c> are literal. A <c>{</c> that is
/// not followed by <c>base|</c> on the same line is ordinary text, so <c>{0}</c> stays as it is.
/// Shared by the Markdown inline parser and by plain fields (titles, summaries, contacts).
/// </summary>
internal static class FuriganaSyntax
{
    /// <summary>
    /// Tries to read a group starting at <paramref name="start"/> (which must be <c>{</c>).
    /// Returns <see cref="FuriganaMatch.None"/> when the text there is not furigana,
    /// a match with <see cref="FuriganaMatch.Error"/> set when it is a malformed group.
    /// </summary>
    public static FuriganaMatch Match(ReadOnlySpan<char> text, int start)
    {
        if (start >= text.Length || text[start] != '{')
        {
            return FuriganaMatch.None;
        }

        var parts = new List<string>();
        var current = new StringBuilder();
        var i = start + 1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '{' or '|' or '}' or '\\')
            {
                current.Append(text[++i]);
                continue;
            }

            if (c == '|')
            {
                parts.Add(current.ToString());
                current.Clear();
                continue;
            }

            if (c == '}')
            {
                break;
            }

            if (c is '{' or '\n' or '\r')
            {
                // Before the first '|' this was never a furigana group, only a brace in text.
                return parts.Count == 0 ? FuriganaMatch.None : Fail(start, i - start, "furigana group is not closed with '}'");
            }

            current.Append(c);
        }

        if (parts.Count == 0)
        {
            return FuriganaMatch.None;
        }

        if (i >= text.Length)
        {
            return Fail(start, i - start, "furigana group is not closed with '}'");
        }

        parts.Add(current.ToString());
        var length = i - start + 1;
        var baseText = parts[0];
        var readings = parts.Skip(1).ToArray();
        if (baseText.Trim().Length == 0)
        {
            return Fail(start, length, "furigana group has no base text before '|'");
        }

        if (readings.Any(r => r.Trim().Length == 0))
        {
            return Fail(start, length, $"furigana group {{{baseText}|...}} has an empty reading");
        }

        var characters = new StringInfo(baseText).LengthInTextElements;
        if (readings.Length > 1 && readings.Length != characters)
        {
            return Fail(start, length, $"furigana group {{{baseText}|...}} has {readings.Length} readings for {characters} characters");
        }

        return new FuriganaMatch(length, baseText, readings, null);
    }

    /// <summary>Splits text into plain runs and furigana groups; malformed groups stay as text and are reported.</summary>
    public static IReadOnlyList<FuriganaSegment> Split(string text, ICollection<string>? errors = null)
    {
        var segments = new List<FuriganaSegment>();
        var plain = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '{' or '|' or '}')
            {
                plain.Append(text[++i]);
                continue;
            }

            var match = text[i] == '{' ? Match(text, i) : FuriganaMatch.None;
            if (match.Length == 0)
            {
                plain.Append(text[i]);
                continue;
            }

            if (match.Error is not null)
            {
                errors?.Add(match.Error);
                plain.Append(text, i, match.Length);
            }
            else
            {
                if (plain.Length > 0)
                {
                    segments.Add(new FuriganaSegment(plain.ToString(), []));
                    plain.Clear();
                }

                segments.Add(new FuriganaSegment(match.Base!, match.Readings!));
            }

            i += match.Length - 1;
        }

        if (plain.Length > 0)
        {
            segments.Add(new FuriganaSegment(plain.ToString(), []));
        }

        return segments;
    }

    /// <summary>
    /// Pairs each base piece with its reading: the whole base with one reading, or each
    /// character (text element) with its own.
    /// </summary>
    public static IEnumerable<(string Base, string Reading)> Pairs(string baseText, IReadOnlyList<string> readings)
    {
        if (readings.Count == 1)
        {
            yield return (baseText, readings[0]);
            yield break;
        }

        var elements = StringInfo.GetTextElementEnumerator(baseText);
        var index = 0;
        while (elements.MoveNext())
        {
            yield return (elements.GetTextElement(), readings[index++]);
        }
    }

    private static FuriganaMatch Fail(int start, int length, string error) => new(Math.Max(1, length), null, null, error);
}

/// <summary>The result of <see cref="FuriganaSyntax.Match"/>: a group, an error, or nothing (<see cref="Length"/> 0).</summary>
internal readonly record struct FuriganaMatch(int Length, string? Base, string[]? Readings, string? Error)
{
    public static FuriganaMatch None => default;
}

/// <summary>A run of text; with readings it is a furigana group.</summary>
internal sealed record FuriganaSegment(string Text, IReadOnlyList<string> Readings)
{
    public bool HasReadings => Readings.Count > 0;
}
