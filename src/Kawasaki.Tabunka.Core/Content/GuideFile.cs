using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// The text of a guide file as two parts: YAML front matter between <c>---</c> lines, and the
/// Markdown body. The one place that knows the file layout: the loader, the tools, the staff
/// editor and publishing all split, change and write guide files through it. Changing a key
/// rewrites only that key's lines (the value written by YamlDotNet's emitter, quoted where
/// YAML needs it), so the author's comments, key order and line endings stay as they were.
/// </summary>
public sealed partial class GuideFile
{
    /// <summary>The file line (1-based) of the first front matter line.</summary>
    public const int FrontMatterLine = 2;

    private readonly List<string> _frontMatter;

    private GuideFile(List<string> frontMatter, string body, int bodyLine, string newline, string? problem)
    {
        _frontMatter = frontMatter;
        Body = body;
        BodyLine = bodyLine;
        Newline = newline;
        Problem = problem;
    }

    /// <summary>Why the text has no usable front matter; null when it has.</summary>
    public string? Problem { get; }

    public bool HasFrontMatter => Problem is null;

    /// <summary>The YAML between the <c>---</c> lines, LF line endings.</summary>
    public string FrontMatter => string.Join('\n', _frontMatter);

    /// <summary>The Markdown after the front matter, LF line endings; the whole text when there is no front matter.</summary>
    public string Body { get; }

    /// <summary>The file line (1-based) where the body starts.</summary>
    public int BodyLine { get; }

    /// <summary>The line ending the file was written with, kept when it is written back.</summary>
    public string Newline { get; }

    /// <summary>Splits <paramref name="text"/>; never throws. See <see cref="Problem"/>.</summary>
    public static GuideFile Parse(string text)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            return new([], string.Join('\n', lines), 1, newline, "the file must start with a '---' line and YAML front matter (title, summary, updated)");
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            return new([], string.Join('\n', lines), 1, newline, "the front matter is not closed with a '---' line");
        }

        return new([.. lines[1..close]], string.Join('\n', lines[(close + 1)..]), close + 2, newline, null);
    }

    /// <summary>A new file from front matter keys and a body.</summary>
    public static GuideFile Create(IEnumerable<(string Key, object? Value)> keys, string body)
    {
        var file = new GuideFile([], "", 0, "\n", null);
        foreach (var (key, value) in keys)
        {
            file = file.With(key, value);
        }

        return file.WithBody(body);
    }

    /// <summary>
    /// The file with <paramref name="key"/> set: a string is a scalar, a list of strings a flow
    /// list, null removes the key. An existing key keeps its place; a new one goes last.
    /// </summary>
    public GuideFile With(string key, object? value)
    {
        var lines = new List<string>(_frontMatter);
        var (start, end) = Block(lines, key);
        var replacement = value is null ? [] : Emit(key, value);
        if (start < 0)
        {
            lines.AddRange(replacement);
        }
        else
        {
            lines.RemoveRange(start, end - start);
            lines.InsertRange(start, replacement);
        }

        return new GuideFile(lines, Body, BodyLine, Newline, Problem);
    }

    /// <summary>The file with <paramref name="key"/>'s value written as given YAML (a block such as a list of mappings), or removed when empty.</summary>
    public GuideFile WithYaml(string key, string? yaml)
    {
        var lines = new List<string>(_frontMatter);
        var (start, end) = Block(lines, key);
        var value = (yaml ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n', ' ');
        List<string> block = value.Trim().Length == 0 ? []
            : !value.Contains('\n') && !value.TrimStart().StartsWith('-') ? [$"{key}: {value.Trim()}"]
            : [key + ":", .. value.Split('\n')];
        if (start < 0)
        {
            lines.AddRange(block);
        }
        else
        {
            lines.RemoveRange(start, end - start);
            lines.InsertRange(start, block);
        }

        return new GuideFile(lines, Body, BodyLine, Newline, Problem);
    }

    /// <summary>The lines of <paramref name="key"/>'s value as written, without the key itself; null when the key is absent.</summary>
    public string? Yaml(string key)
    {
        var (start, end) = Block(_frontMatter, key);
        if (start < 0)
        {
            return null;
        }

        var first = _frontMatter[start][(_frontMatter[start].IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        var rest = _frontMatter.Skip(start + 1).Take(end - start - 1);
        return string.Join('\n', (first.Length > 0 ? new[] { first } : []).Concat(rest)).TrimEnd('\n');
    }

    /// <summary>The file with another body, set off from the front matter by one blank line.</summary>
    public GuideFile WithBody(string body) =>
        new(_frontMatter, "\n" + body.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\n'), BodyLine, Newline, Problem);

    /// <summary>The whole file text, in its own line endings.</summary>
    public string ToText()
    {
        var text = "---\n" + string.Concat(_frontMatter.Select(l => l + "\n")) + "---\n" + Body;
        if (!text.EndsWith('\n'))
        {
            text += "\n";
        }

        return Newline == "\n" ? text : text.Replace("\n", Newline, StringComparison.Ordinal);
    }

    public override string ToString() => ToText();

    /// <summary>The lines [start, end) of a top-level key: its own line and every indented, list, blank or comment line after it.</summary>
    private static (int Start, int End) Block(List<string> lines, string key)
    {
        var start = lines.FindIndex(l => TopLevelKey(l) == key);
        if (start < 0)
        {
            return (-1, -1);
        }

        var end = start + 1;
        while (end < lines.Count && TopLevelKey(lines[end]) is null)
        {
            end++;
        }

        // Trailing blank lines and comments belong to what follows, not to this key.
        while (end - 1 > start && (lines[end - 1].Trim().Length == 0 || lines[end - 1].TrimStart().StartsWith('#')))
        {
            end--;
        }

        return (start, end);
    }

    private static string? TopLevelKey(string line)
    {
        var match = KeyLine().Match(line);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static List<string> Emit(string key, object value)
    {
        var writer = new StringWriter();
        var emitter = new Emitter(writer, new EmitterSettings().WithBestWidth(int.MaxValue));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart());
        emitter.Emit(new Scalar(key));
        switch (value)
        {
            case string text:
                emitter.Emit(new Scalar(null, null, text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' '), ScalarStyle.Any, true, true));
                break;
            case DateOnly date:
                emitter.Emit(new Scalar(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
                break;
            case IEnumerable<string> items:
                emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Flow));
                foreach (var item in items)
                {
                    emitter.Emit(new Scalar(null, null, item, ScalarStyle.Any, true, true));
                }

                emitter.Emit(new SequenceEnd());
                break;
            default:
                throw new ArgumentException($"cannot write a {value.GetType().Name} as a front matter value", nameof(value));
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return [.. writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n')];
    }

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_-]*)\s*:")]
    private static partial Regex KeyLine();
}
