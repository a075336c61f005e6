using System.Text.RegularExpressions;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// Edits on the raw text of a guide file that keep everything else byte for byte: the
/// author's comments, key order and line endings.
/// </summary>
public static partial class GuideText
{
    /// <summary>The body after the front matter, or null when the file has no closed front matter.</summary>
    public static string? Body(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        return close < 0 ? null : string.Join('\n', lines[(close + 1)..]);
    }

    /// <summary>
    /// Sets <c>source: REVISION</c> in the front matter: replaces an existing <c>source</c>
    /// line or adds one as the last key. Returns null when the text has no front matter.
    /// </summary>
    public static string? WithSource(string text, string revision) => WithKey(text, SourceLine(), $"source: {revision}");

    private static string? WithKey(string text, Regex key, string line)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count == 0 || lines[0].TrimStart('\uFEFF').TrimEnd() != "---")
        {
            return null;
        }

        var close = lines.FindIndex(1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            return null;
        }

        var existing = lines.FindIndex(1, close - 1, key.IsMatch);
        if (existing >= 0)
        {
            lines[existing] = line;
        }
        else
        {
            lines.Insert(close, line);
        }

        return string.Join(newline, lines);
    }

    /// <summary>Sets <c>updated: YYYY-MM-DD</c> in the front matter the same way as <see cref="WithSource"/>.</summary>
    public static string? WithUpdated(string text, DateOnly date) =>
        WithKey(text, UpdatedLine(), $"updated: {date:yyyy-MM-dd}");

    [GeneratedRegex(@"^source\s*:")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^updated\s*:")]
    private static partial Regex UpdatedLine();
}
