using YamlDotNet.RepresentationModel;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// Reads and checks the front matter of a guide: required keys, dates, furigana, revisions,
/// place references, and what belongs only in the source (<c>todo</c>) or only in
/// translations (<c>source</c>, <c>reviewed_by</c>, <c>reviewed</c>).
/// </summary>
internal sealed class FrontMatterReader(string path, int firstLine, ICollection<ContentProblem> problems)
{
    private static readonly string[] Known = ["title", "summary", "updated", "keywords", "places", "todo", "source", "reviewed_by", "reviewed"];
    private static readonly string[] PlaceKeys = ["id", "about"];

    private readonly YamlFields _yaml = new(path, firstLine, problems);

    /// <summary>The front matter, or null when it is unusable (the problems say why).</summary>
    public FrontMatter? Read(string yaml, bool isSourceLanguage)
    {
        var values = _yaml.Read(yaml, Known, key => key == "contacts"
            ? "'contacts' is replaced by 'places': name places of the directory by id (see docs/content-style.md)"
            : null);
        if (values is null)
        {
            return null;
        }

        _yaml.Require(values, "title", "summary", "updated");
        var title = values.TryGetValue("title", out var t) ? _yaml.Text(t.Node, "title") : null;
        var summary = values.TryGetValue("summary", out var s) ? _yaml.Text(s.Node, "summary") : null;
        var updated = values.TryGetValue("updated", out var u) ? _yaml.Date(u.Node, "updated") : null;
        var keywords = values.TryGetValue("keywords", out var k) ? _yaml.Strings(k.Node, "keywords") : [];
        var places = values.TryGetValue("places", out var p) ? Places(p.Node) : [];
        var todo = values.TryGetValue("todo", out var td) ? _yaml.Strings(td.Node, "todo") : [];
        var source = values.TryGetValue("source", out var src) ? Source(src.Node, isSourceLanguage) : null;
        var (reviewedBy, reviewed) = Review(values, isSourceLanguage);

        var lines = values.ToDictionary(kv => kv.Key, kv => kv.Value.Line, StringComparer.Ordinal);
        if (todo.Count > 0)
        {
            if (!isSourceLanguage)
            {
                _yaml.Error(td.Node, "'todo' belongs in the easy Japanese source only");
            }

            foreach (var (item, line, index) in todo.Zip(_yaml.ItemLines(td.Node), Enumerable.Range(0, todo.Count)))
            {
                problems.Add(new(path, line, $"todo: {item}", ProblemSeverity.Warning));
                lines[$"todo[{index}]"] = line;
            }
        }

        return title is null || summary is null || updated is null
            ? null
            : new FrontMatter(title, summary, updated.Value, keywords, places, todo, source, reviewedBy, reviewed, lines);
    }

    private string? Source(YamlNode node, bool isSourceLanguage)
    {
        var source = _yaml.Scalar(node, "source");
        if (isSourceLanguage)
        {
            _yaml.Error(node, "'source' belongs in translations; the easy Japanese text is the source itself");
        }
        else if (source is not null && !Revision.IsWellFormed(source))
        {
            _yaml.Error(node, $"source '{source}' is not a revision (8 lower-case hex digits); run stamp-source");
        }

        return source;
    }

    private (string? By, DateOnly? On) Review(Dictionary<string, (YamlNode Node, int Line)> values, bool isSourceLanguage)
    {
        var by = values.TryGetValue("reviewed_by", out var b) ? _yaml.Optional(b.Node, "reviewed_by") : null;
        var on = values.TryGetValue("reviewed", out var r) && _yaml.Optional(r.Node, "reviewed") is not null ? _yaml.Date(r.Node, "reviewed") : null;
        if (by is null && on is null)
        {
            return (null, null);
        }

        if (isSourceLanguage)
        {
            _yaml.Error((by is null ? r : b).Node, "'reviewed_by' and 'reviewed' belong in translations");
        }
        else if (by is null || on is null)
        {
            _yaml.Error((by is null ? r : b).Node, "'reviewed_by' and 'reviewed' go together: who reviewed the translation, and when");
        }

        return (by, on);
    }

    private List<PlaceReference> Places(YamlNode node)
    {
        if (node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            _yaml.Error(node, "'places' must be a list, each item starting with '- id:'");
            return [];
        }

        var places = new List<PlaceReference>();
        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode place)
            {
                _yaml.Error(item, "a place is '- id: <place id>' with 'about: <what to ask there>'");
                continue;
            }

            var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (keyNode, valueNode) in place.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (PlaceKeys.Contains(key))
                {
                    fields[key] = valueNode;
                }
                else
                {
                    _yaml.Error(keyNode, $"unknown place key '{key}' (known: id, about): phone numbers, addresses and hours belong in the places directory");
                }
            }

            var id = fields.TryGetValue("id", out var idNode) ? _yaml.Optional(idNode, "id") : null;
            if (!ContentIds.IsValid(id))
            {
                _yaml.Error(idNode ?? item, id is null ? "a place needs an 'id'" : $"'{id}' is not a place id (lower-case letters, digits and hyphens)");
                continue;
            }

            var about = fields.TryGetValue("about", out var aboutNode) && _yaml.Optional(aboutNode, "about") is not null ? _yaml.Text(aboutNode, "about") : null;
            places.Add(new PlaceReference(id!, about, _yaml.LineOf(item)));
        }

        return places;
    }
}
