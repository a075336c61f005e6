using Kawasaki.Tabunka.Core.Content;
using YamlDotNet.RepresentationModel;

namespace Kawasaki.Tabunka.Core.Places;

/// <summary>What <c>place.yml</c> says, before the texts of the languages are joined to it.</summary>
public sealed record PlaceFacts(
    PlaceKind Kind,
    string? Ward,
    string OfficialName,
    string? Inside,
    IReadOnlyList<string> Members,
    string Source,
    IReadOnlyDictionary<PlaceFactKind, PlaceFact> Facts);

/// <summary>
/// Reads the files of one place (see docs/contracts.md, "Places"): <c>place.yml</c> with the
/// kind, ward, official name and facts, each fact with its source and verification date; and
/// <c>{lang}.yml</c> with the name and summary in a language. Every problem names its line.
/// </summary>
public static class PlaceFileReader
{
    public const string FactsFileName = "place.yml";

    private static readonly string[] FactKeys = ["kind", "ward", "official_name", "inside", "members", "source", .. Enum.GetValues<PlaceFactKind>().Select(PlaceNames.Of)];
    private static readonly string[] FactFields = ["value", "source", "verified"];
    private static readonly string[] TextKeys = ["name", "summary"];

    /// <summary>The facts of a place, or null when the file cannot be used.</summary>
    public static PlaceFacts? ReadFacts(string path, string yaml, ICollection<ContentProblem> problems)
    {
        var before = problems.Count(p => p.IsError);
        var fields = new YamlFields(path, 1, problems);
        var values = fields.Read(yaml, FactKeys);
        if (values is null)
        {
            return null;
        }

        fields.Require(values, "kind", "official_name", "source");
        var kindText = values.TryGetValue("kind", out var k) ? fields.Scalar(k.Node, "kind") : null;
        var kindKnown = PlaceNames.TryParseKind(kindText, out var kind);
        if (kindText is not null && !kindKnown)
        {
            fields.Error(k.Node, $"unknown kind '{kindText}' (kinds: {string.Join(", ", Enum.GetValues<PlaceKind>().Select(PlaceNames.Of))})");
        }
        var ward = values.TryGetValue("ward", out var w) ? fields.Optional(w.Node, "ward") : null;
        if (ward is not null && !Wards.All.Contains(ward))
        {
            fields.Error(w.Node, $"unknown ward '{ward}' (wards: {string.Join(", ", Wards.All)})");
        }

        var official = values.TryGetValue("official_name", out var o) ? fields.Optional(o.Node, "official_name") : null;
        var source = values.TryGetValue("source", out var s) ? fields.Optional(s.Node, "source") : null;
        var inside = values.TryGetValue("inside", out var i) ? fields.Optional(i.Node, "inside") : null;
        var members = values.TryGetValue("members", out var m) ? fields.Strings(m.Node, "members") : [];
        foreach (var id in members.Append(inside).OfType<string>().Where(id => !ContentIds.IsValid(id)))
        {
            fields.Error((inside == id ? i : m).Node, $"'{id}' is not a place id");
        }

        var facts = new Dictionary<PlaceFactKind, PlaceFact>();
        foreach (var fact in Enum.GetValues<PlaceFactKind>())
        {
            if (values.TryGetValue(PlaceNames.Of(fact), out var node) && Fact(fields, fact, node.Node, node.Line) is { } value)
            {
                facts[fact] = value;
                if (kindKnown && !Place.FactsFor(kind, members.Count > 0).Contains(fact))
                {
                    fields.Warning(node.Line, $"'{PlaceNames.Of(fact)}' is never shown for {(members.Count > 0 ? "a group of places" : $"a place of kind '{kindText}'")}; remove it or change the kind");
                }
            }
        }

        if (official is null || source is null || kindText is null || problems.Count(p => p.IsError) > before)
        {
            return null;
        }

        return new PlaceFacts(kind, ward, official, inside, members, source, facts);
    }

    /// <summary>The name and summary of a place in one language, or null when the file cannot be used.</summary>
    public static PlaceText? ReadText(string path, string yaml, ICollection<ContentProblem> problems)
    {
        var before = problems.Count(p => p.IsError);
        var fields = new YamlFields(path, 1, problems);
        var values = fields.Read(yaml, TextKeys);
        if (values is null)
        {
            return null;
        }

        fields.Require(values, "name");
        var name = values.TryGetValue("name", out var n) ? fields.Text(n.Node, "name") : null;
        var summary = values.TryGetValue("summary", out var s) && fields.Optional(s.Node, "summary") is not null ? fields.Text(s.Node, "summary") : null;
        return name is null || problems.Count(p => p.IsError) > before ? null : new PlaceText(name, summary);
    }

    /// <summary>One fact: <c>value</c>, <c>source</c>, <c>verified</c>. A value or date without a source is an error; a value not yet verified is kept but not shown.</summary>
    private static PlaceFact? Fact(YamlFields fields, PlaceFactKind kind, YamlNode node, int line)
    {
        var name = PlaceNames.Of(kind);
        if (node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            fields.Error(node, $"'{name}' must have 'value:', 'source:' and 'verified:' lines");
            return null;
        }

        var parts = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (FactFields.Contains(key))
            {
                parts[key] = valueNode;
            }
            else
            {
                fields.Error(keyNode, $"unknown key '{key}' in '{name}' (known: value, source, verified)");
            }
        }

        var value = !parts.TryGetValue("value", out var v) ? null
            : kind == PlaceFactKind.Languages ? (fields.Strings(v, name) is { Count: > 0 } tags ? string.Join(", ", tags) : null)
            : fields.Optional(v, name);
        var source = parts.TryGetValue("source", out var s) ? fields.Optional(s, "source") : null;
        var verified = parts.TryGetValue("verified", out var d) && fields.Optional(d, "verified") is not null ? fields.Date(d, "verified") : null;
        if ((value is not null || verified is not null) && source is null)
        {
            fields.Error(line, $"'{name}' has a value or a verification date but no source: say which document (and page) or web address states it");
        }
        else if (verified is not null && value is null)
        {
            fields.Error(line, $"'{name}' is marked verified but has no value");
        }
        else if (value is not null && verified is null)
        {
            fields.Warning(line, $"'{name}' is not shown until someone verifies it against its source ('verified: YYYY-MM-DD')");
        }

        if (value is not null && Invalid(kind, value) is { } problem)
        {
            fields.Error(v!, $"{name}: {problem}");
        }

        return value is null && source is null && verified is null ? null : new PlaceFact(value, source, verified);
    }

    private static string? Invalid(PlaceFactKind kind, string value) => kind switch
    {
        PlaceFactKind.Phone or PlaceFactKind.Fax when !value.All(c => char.IsAsciiDigit(c) || c is '-' or ' ' or '(' or ')' or '+') || value.Count(char.IsAsciiDigit) < 3
            => $"'{value}' is not a phone number (digits, hyphens, spaces)",
        PlaceFactKind.Email when !value.Contains('@', StringComparison.Ordinal) || value.Any(char.IsWhiteSpace)
            => $"'{value}' is not an e-mail address",
        PlaceFactKind.Web when !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            => $"'{value}' is not a web address (https://...)",
        _ => null,
    };
}
