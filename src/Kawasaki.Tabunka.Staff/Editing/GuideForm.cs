using Kawasaki.Tabunka.Core.Content;
using YamlDotNet.RepresentationModel;

namespace Kawasaki.Tabunka.Staff.Editing;

/// <summary>
/// A guide file as the editor shows it: a field for each front matter key and one for the
/// Markdown, so staff never have to write YAML for the common keys. <see cref="FromText"/>
/// and <see cref="ToText"/> round-trip through <see cref="GuideFile"/>: the places block and
/// any key the form has no field for are kept as written (the validator reports unknown keys).
/// </summary>
public sealed class GuideForm
{
    private GuideFile _file = GuideFile.Create([], "");

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Updated { get; set; } = "";

    /// <summary>Search words, one per line (commas also separate).</summary>
    public string Keywords { get; set; } = "";

    /// <summary>What staff must still confirm, one item per line.</summary>
    public string Todo { get; set; } = "";

    /// <summary>For translations: the easy Japanese revision translated. Set by the system.</summary>
    public string? Source { get; set; }

    /// <summary>The <c>places</c> list in YAML, as written (without the <c>places:</c> line).</summary>
    public string Places { get; set; } = "";

    /// <summary>Who reviewed a translation, and when (YYYY-MM-DD); empty until a fluent person has.</summary>
    public string ReviewedBy { get; set; } = "";

    public string Reviewed { get; set; } = "";

    public string Body { get; set; } = "";

    public static GuideForm FromText(string text)
    {
        var file = GuideFile.Parse(text);
        if (!file.HasFrontMatter)
        {
            return new GuideForm { Body = text };
        }

        return new GuideForm
        {
            _file = file,
            Title = Scalar(file, "title"),
            Summary = Scalar(file, "summary"),
            Updated = Scalar(file, "updated"),
            Source = file.Yaml("source") is null ? null : Scalar(file, "source"),
            Keywords = string.Join('\n', List(file, "keywords")),
            Todo = string.Join('\n', List(file, "todo")),
            Places = file.Yaml("places") ?? "",
            ReviewedBy = Scalar(file, "reviewed_by"),
            Reviewed = Scalar(file, "reviewed"),
            Body = file.Body.TrimStart('\n'),
        };
    }

    public string ToText()
    {
        var file = _file
            .With("title", Title.Trim())
            .With("summary", Summary.Trim())
            .With("updated", Updated.Trim())
            .With("keywords", Items(Keywords, splitCommas: true) is { Count: > 0 } keywords ? keywords : null)
            .WithYaml("places", Places)
            .With("todo", Items(Todo, splitCommas: false) is { Count: > 0 } todo ? todo : null)
            .With("reviewed_by", string.IsNullOrWhiteSpace(ReviewedBy) ? null : ReviewedBy.Trim())
            .With("reviewed", string.IsNullOrWhiteSpace(Reviewed) ? null : Reviewed.Trim())
            .With("source", string.IsNullOrWhiteSpace(Source) ? null : Source.Trim())
            .WithBody(Body);
        return file.ToText();
    }

    private static YamlNode? Value(GuideFile file, string key)
    {
        if (file.Yaml(key) is not { } yaml)
        {
            return null;
        }

        try
        {
            var stream = new YamlStream();
            var block = yaml.Contains('\n') || yaml.StartsWith(' ') || yaml.StartsWith('-');
            stream.Load(new StringReader($"{key}:{(block ? "\n" : " ")}{yaml}"));
            return (stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode)?.Children.Values.FirstOrDefault();
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Scalar(GuideFile file, string key) =>
        Value(file, key) is YamlScalarNode { Value: { } value } ? value : file.Yaml(key) ?? "";

    private static IEnumerable<string> List(GuideFile file, string key) =>
        Value(file, key) is YamlSequenceNode sequence ? sequence.OfType<YamlScalarNode>().Select(n => n.Value ?? "") : [];

    private static List<string> Items(string text, bool splitCommas) =>
        text.Split(splitCommas ? ['\n', ',', '、'] : ['\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
