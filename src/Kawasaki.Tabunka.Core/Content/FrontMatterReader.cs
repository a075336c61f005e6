using System.Globalization;
using Kawasaki.Tabunka.Core.Markdown;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// Reads and checks the YAML front matter of a guide with YamlDotNet's node model, so every
/// problem can name its line: unknown keys, missing required keys, wrong types, bad dates,
/// malformed furigana and revisions.
/// </summary>
public sealed class FrontMatterReader
{
    private static readonly string[] Required = ["title", "summary", "updated"];
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { "title", "summary", "updated", "keywords", "contacts", "todo", "source" };
    private static readonly HashSet<string> ContactKeys = new(StringComparer.Ordinal) { "name", "about", "languages", "phone", "address", "hours" };

    private readonly string _path;
    private readonly int _firstLine;
    private readonly ICollection<ContentProblem> _problems;

    /// <param name="path">The file, for problems.</param>
    /// <param name="firstLine">The file line (1-based) of the first YAML line.</param>
    /// <param name="problems">Where problems go.</param>
    public FrontMatterReader(string path, int firstLine, ICollection<ContentProblem> problems)
    {
        _path = path;
        _firstLine = firstLine;
        _problems = problems;
    }

    /// <summary>The front matter, or null when it is unusable (the problems say why).</summary>
    public FrontMatter? Read(string yaml, bool isSourceLanguage)
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
            if (!Known.Contains(key))
            {
                Error(keyNode, $"unknown key '{key}' (known: {string.Join(", ", Known)})");
                continue;
            }

            values[key] = (valueNode, LineOf(keyNode));
        }

        foreach (var key in Required.Where(k => !values.ContainsKey(k)))
        {
            _problems.Add(new(_path, _firstLine - 1, $"missing required key '{key}'"));
        }

        var title = values.TryGetValue("title", out var t) ? Text(t.Node, "title") : null;
        var summary = values.TryGetValue("summary", out var s) ? Text(s.Node, "summary") : null;
        var updated = values.TryGetValue("updated", out var u) ? Date(u.Node) : null;
        var keywords = values.TryGetValue("keywords", out var k) ? Strings(k.Node, "keywords") : [];
        var todo = values.TryGetValue("todo", out var td) ? Strings(td.Node, "todo") : [];
        var contacts = values.TryGetValue("contacts", out var c) ? Contacts(c.Node) : [];
        string? source = null;
        if (values.TryGetValue("source", out var src))
        {
            source = Scalar(src.Node, "source");
            if (isSourceLanguage)
            {
                Error(src.Node, "'source' belongs in translations; the easy Japanese text is the source itself");
            }
            else if (source is not null && !Revision.IsWellFormed(source))
            {
                Error(src.Node, $"source '{source}' is not a revision (8 lower-case hex digits); run stamp-source");
            }
        }

        foreach (var (item, line) in todo.Zip(TodoLines(values)))
        {
            _problems.Add(new(_path, line, $"todo: {item}", ProblemSeverity.Warning));
        }

        return title is null || summary is null || updated is null
            ? null
            : new FrontMatter(title, summary, updated.Value, keywords, contacts, todo, source);
    }

    private YamlMappingNode? Load(string yaml)
    {
        try
        {
            // Aliases could make a small file expand into a huge one; guides never need them.
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
                _problems.Add(new(_path, _firstLine, "the front matter must be a list of 'key: value' lines"));
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

    private RichText? Text(YamlNode node, string key)
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

    private DateOnly? Date(YamlNode node)
    {
        var value = Scalar(node, "updated");
        if (value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(node, $"updated '{value}' is not a date written as YYYY-MM-DD");
        return null;
    }

    private List<string> Strings(YamlNode node, string key)
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

    private List<Contact> Contacts(YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, "'contacts' must be a list of contacts, each starting with '- name:'");
            return [];
        }

        var contacts = new List<Contact>();
        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode contact)
            {
                Error(item, "a contact must have keys such as 'name:' and 'about:'");
                continue;
            }

            var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (keyNode, valueNode) in contact.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (ContactKeys.Contains(key))
                {
                    fields[key] = valueNode;
                }
                else
                {
                    Error(keyNode, $"unknown contact key '{key}' (known: {string.Join(", ", ContactKeys)})");
                }
            }

            if (!fields.TryGetValue("name", out var nameNode))
            {
                Error(item, "a contact needs a 'name'");
                continue;
            }

            var name = Text(nameNode, "name");
            var about = fields.TryGetValue("about", out var aboutNode) && Optional(aboutNode, "about") is not null ? Text(aboutNode, "about") : null;
            var languages = fields.TryGetValue("languages", out var langNode) ? Strings(langNode, "languages") : [];
            foreach (var tag in languages.Where(l => !IsLanguageTag(l)))
            {
                Error(langNode!, $"'{tag}' is not a language tag (e.g. en, zh-hans, pt-BR)");
            }

            if (name is not null)
            {
                contacts.Add(new Contact(
                    name,
                    about,
                    languages,
                    fields.TryGetValue("phone", out var phone) ? Optional(phone, "phone") : null,
                    fields.TryGetValue("address", out var address) ? Optional(address, "address") : null,
                    fields.TryGetValue("hours", out var hours) ? Optional(hours, "hours") : null));
            }
        }

        return contacts;
    }

    private string? Optional(YamlNode node, string key)
    {
        var value = Scalar(node, key);
        return value is null or "" or "~" or "null" ? null : value.Trim();
    }

    private string? Scalar(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(node, $"'{key}' must be a single value, not a list or a mapping");
        return null;
    }

    private static bool IsLanguageTag(string tag) =>
        tag.Length is >= 2 and <= 35 && tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && char.IsAsciiLetter(tag[0]);

    private IEnumerable<int> TodoLines(Dictionary<string, (YamlNode Node, int Line)> values) =>
        values.TryGetValue("todo", out var todo) && todo.Node is YamlSequenceNode sequence
            ? sequence.Children.Select(LineOf)
            : Enumerable.Repeat(values.TryGetValue("todo", out var t) ? t.Line : _firstLine, int.MaxValue);

    private void Error(YamlNode node, string message) => _problems.Add(new(_path, LineOf(node), message));

    private int LineOf(YamlNode node) => _firstLine + (int)node.Start.Line - 1;
}
