using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using YamlDotNet.RepresentationModel;

namespace Kawasaki.Tabunka.Staff.Editing;

/// <summary>
/// A guide file as the editor shows it: a field for each front matter key and one for the
/// Markdown, so staff never have to write YAML for the common keys. <see cref="FromText"/>
/// and <see cref="ToText"/> round-trip: the contacts block and any key the form has no
/// field for are kept as written (the validator reports unknown keys).
/// </summary>
public sealed class GuideForm
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Updated { get; set; } = "";

    /// <summary>Search words, one per line (commas also separate).</summary>
    public string Keywords { get; set; } = "";

    /// <summary>What staff must still confirm, one item per line.</summary>
    public string Todo { get; set; } = "";

    /// <summary>For translations: the easy Japanese revision translated. Set by the system.</summary>
    public string? Source { get; set; }

    /// <summary>The <c>contacts</c> list in YAML, as written (without the <c>contacts:</c> line).</summary>
    public string Contacts { get; set; } = "";

    /// <summary>Front matter lines for keys the form has no field for, kept as they were.</summary>
    public string Other { get; set; } = "";

    public string Body { get; set; } = "";

    public static GuideForm FromText(string text)
    {
        var form = new GuideForm();
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var close = lines.Length > 0 && lines[0].TrimEnd() == "---" ? Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...") : -1;
        if (close < 0)
        {
            form.Body = text;
            return form;
        }

        form.Body = string.Join('\n', lines[(close + 1)..]).TrimStart('\n');
        foreach (var (key, block) in Blocks(lines[1..close]))
        {
            switch (key)
            {
                case "title": form.Title = Scalar(block); break;
                case "summary": form.Summary = Scalar(block); break;
                case "updated": form.Updated = Scalar(block); break;
                case "source": form.Source = Scalar(block); break;
                case "keywords": form.Keywords = string.Join('\n', List(block)); break;
                case "todo": form.Todo = string.Join('\n', List(block)); break;
                case "contacts": form.Contacts = string.Join('\n', block.Skip(1)); break;
                default: form.Other += string.Join('\n', block) + "\n"; break;
            }
        }

        return form;
    }

    public string ToText()
    {
        var yaml = new StringBuilder("---\n");
        yaml.Append("title: ").AppendLine(Quote(Title.Trim()));
        yaml.Append("summary: ").AppendLine(Quote(Summary.Trim()));
        yaml.Append("updated: ").AppendLine(Updated.Trim());
        var keywords = Items(Keywords, splitCommas: true);
        if (keywords.Count > 0)
        {
            yaml.Append("keywords: [").Append(string.Join(", ", keywords.Select(Quote))).AppendLine("]");
        }

        if (!string.IsNullOrWhiteSpace(Contacts))
        {
            yaml.AppendLine("contacts:").AppendLine(Contacts.TrimEnd('\n', ' '));
        }

        var todo = Items(Todo, splitCommas: false);
        if (todo.Count > 0)
        {
            yaml.AppendLine("todo:");
            foreach (var item in todo)
            {
                yaml.Append("  - ").AppendLine(Quote(item));
            }
        }

        if (!string.IsNullOrWhiteSpace(Source))
        {
            yaml.Append("source: ").AppendLine(Source.Trim());
        }

        yaml.Append(Other.TrimEnd('\n') is { Length: > 0 } other ? other + "\n" : "");
        yaml.Append("---\n\n").Append(Body.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\n'));
        if (!yaml.ToString().EndsWith('\n'))
        {
            yaml.Append('\n');
        }

        return yaml.ToString();
    }

    /// <summary>The front matter as top-level keys, each with its lines (the key line first).</summary>
    private static IEnumerable<(string Key, List<string> Lines)> Blocks(string[] lines)
    {
        string? key = null;
        var block = new List<string>();
        foreach (var line in lines)
        {
            var starts = line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '-' && line[0] != '#' && line.Contains(':', StringComparison.Ordinal);
            if (starts)
            {
                if (key is not null)
                {
                    yield return (key, block);
                }

                key = line[..line.IndexOf(':', StringComparison.Ordinal)].Trim();
                block = [line];
            }
            else if (key is not null)
            {
                block.Add(line);
            }
        }

        if (key is not null)
        {
            yield return (key, block);
        }
    }

    private static YamlNode? Value(List<string> block)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(string.Join('\n', block)));
            return (stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode)?.Children.Values.FirstOrDefault();
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Scalar(List<string> block) =>
        Value(block) is YamlScalarNode { Value: { } value } ? value : block[0][(block[0].IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();

    private static IEnumerable<string> List(List<string> block) =>
        Value(block) is YamlSequenceNode sequence ? sequence.OfType<YamlScalarNode>().Select(n => n.Value ?? "") : [];

    private static List<string> Items(string text, bool splitCommas) =>
        text.Split(splitCommas ? ['\n', ',', '、'] : ['\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string Quote(string value) => JsonSerializer.Serialize(value, Quoting);
}
