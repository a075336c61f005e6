using System.Globalization;
using Kawasaki.Tabunka.Core.Markdown;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// Reads the keys of a YAML mapping (guide front matter, place files) with YamlDotNet's node
/// model, so that every problem names its file line: unknown keys, missing keys, wrong
/// types, bad dates, furigana errors. Nothing throws for bad content.
/// </summary>
internal sealed class YamlFields
{
    private readonly string _path;
    private readonly int _firstLine;
    private readonly ICollection<ContentProblem> _problems;

    /// <param name="path">The file, for problems.</param>
    /// <param name="firstLine">The file line (1-based) of the first YAML line.</param>
    /// <param name="problems">Where problems go.</param>
    public YamlFields(string path, int firstLine, ICollection<ContentProblem> problems)
    {
        _path = path;
        _firstLine = firstLine;
        _problems = problems;
    }

    /// <summary>
    /// The top-level keys of <paramref name="yaml"/> with their value nodes and lines, or null
    /// when it is not a mapping. Keys outside <paramref name="known"/> are errors (with
    /// <paramref name="hint"/> to say what to do instead, when given).
    /// </summary>
    public Dictionary<string, (YamlNode Node, int Line)>? Read(string yaml, IReadOnlyCollection<string> known, Func<string, string?>? hint = null)
    {
        var root = Load(yaml);
        if (root is null)
        {
            return null;
        }

        var values = new Dictionary<string, (YamlNode Node, int Line)>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(key))
            {
                Error(keyNode, hint?.Invoke(key) ?? $"unknown key '{key}' (known: {string.Join(", ", known)})");
                continue;
            }

            values[key] = (valueNode, LineOf(keyNode));
        }

        return values;
    }

    /// <summary>Reports each of <paramref name="required"/> that <paramref name="values"/> lacks.</summary>
    public void Require(Dictionary<string, (YamlNode Node, int Line)> values, params string[] required)
    {
        foreach (var key in required.Where(k => !values.ContainsKey(k)))
        {
            _problems.Add(new(_path, Math.Max(1, _firstLine - 1), $"missing required key '{key}'"));
        }
    }

    public string? Scalar(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(node, $"'{key}' must be a single value, not a list or a mapping");
        return null;
    }

    /// <summary>A scalar, or null when it is empty or <c>null</c>/<c>~</c>.</summary>
    public string? Optional(YamlNode node, string key)
    {
        var value = Scalar(node, key);
        return value is null or "" or "~" or "null" ? null : value.Trim();
    }

    /// <summary>A non-empty one-line text that may carry furigana.</summary>
    public RichText? Text(YamlNode node, string key)
    {
        var value = Scalar(node, key);
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(node, $"'{key}' must not be empty");
            return null;
        }

        var text = RichText.Parse(value.Trim());
        foreach (var error in text.Errors)
        {
            Error(node, $"{key}: {error}");
        }

        return text;
    }

    public DateOnly? Date(YamlNode node, string key)
    {
        var value = Scalar(node, key);
        if (value is not null && DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(node, $"{key} '{value}' is not a date written as YYYY-MM-DD");
        return null;
    }

    /// <summary>A list of non-empty strings; an empty value is an empty list.</summary>
    public List<string> Strings(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{key}' must be a list, e.g. {key}: [a, b]");
            return [];
        }

        var items = new List<string>();
        foreach (var item in sequence)
        {
            var value = Scalar(item, key);
            if (string.IsNullOrWhiteSpace(value))
            {
                Error(item, $"'{key}' has an empty item");
            }
            else
            {
                items.Add(value.Trim());
            }
        }

        return items;
    }

    /// <summary>The lines of a list's items (for problems about one item).</summary>
    public IEnumerable<int> ItemLines(YamlNode node) =>
        node is YamlSequenceNode sequence ? sequence.Children.Select(LineOf) : Enumerable.Repeat(LineOf(node), int.MaxValue);

    public void Error(YamlNode node, string message) => Error(LineOf(node), message);

    public void Error(int line, string message) => _problems.Add(new(_path, line, message));

    public void Warning(int line, string message) => _problems.Add(new(_path, line, message, ProblemSeverity.Warning));

    public int LineOf(YamlNode node) => _firstLine + (int)node.Start.Line - 1;

    private YamlMappingNode? Load(string yaml)
    {
        try
        {
            // Aliases could make a small file expand into a huge one; our files never need them.
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                if (parser.Current is AnchorAlias alias)
                {
                    _problems.Add(new(_path, _firstLine + (int)alias.Start.Line - 1, "YAML anchors and aliases (*name) are not allowed"));
                    return null;
                }
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                _problems.Add(new(_path, _firstLine, "the file must be a list of 'key: value' lines"));
                return null;
            }

            return root;
        }
        catch (YamlException e)
        {
            _problems.Add(new(_path, _firstLine + (int)e.Start.Line - 1, $"invalid YAML: {e.Message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some malformed input instead of a YamlException.
            _problems.Add(new(_path, _firstLine, "invalid YAML: check brackets and quotes"));
            return null;
        }
    }
}
