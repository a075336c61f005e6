namespace Kawasaki.Tabunka.Core.Tests.Markdown;

/// <summary>
/// One example of a spec file under <c>Specs/</c>: a <c>## name [options]</c> heading, a
/// <c>markdown</c> block of input, an <c>html</c> block of expected output and optionally a
/// <c>problems</c> block (<c>line: message</c>, 1-based). Options: <c>furigana=off</c>, <c>text=LANG</c> (the text's language, default ja-easy),
/// <c>lang=vi</c> (the reader's language for guide links).
/// </summary>
public sealed record MarkdownSpec(string File, string Name, string Input, string ExpectedHtml, string? ExpectedProblems, IReadOnlyDictionary<string, string> Options)
{
    public override string ToString() => $"{File}: {Name}";

    public static IEnumerable<MarkdownSpec> Load(string directory)
    {
        foreach (var path in Directory.EnumerateFiles(directory, "*.md").Order(StringComparer.Ordinal))
        {
            foreach (var spec in Parse(Path.GetFileName(path), System.IO.File.ReadAllLines(path)))
            {
                yield return spec;
            }
        }
    }

    private static IEnumerable<MarkdownSpec> Parse(string file, string[] lines)
    {
        string? name = null;
        var options = new Dictionary<string, string>();
        var blocks = new Dictionary<string, string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    yield return Build(file, name, blocks, options);
                }

                (name, options) = Heading(line[3..]);
                blocks = [];
            }
            else if (line.StartsWith("````", StringComparison.Ordinal) && line.Length > 4)
            {
                var kind = line[4..].Trim();
                var body = new List<string>();
                for (i++; i < lines.Length && lines[i] != "````"; i++)
                {
                    body.Add(lines[i]);
                }

                blocks[kind] = string.Join("\n", body);
            }
        }

        if (name is not null)
        {
            yield return Build(file, name, blocks, options);
        }
    }

    private static (string, Dictionary<string, string>) Heading(string text)
    {
        var options = new Dictionary<string, string>();
        var open = text.LastIndexOf('[');
        if (open < 0 || !text.EndsWith(']'))
        {
            return (text.Trim(), options);
        }

        foreach (var pair in text[(open + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = pair.Split('=', 2);
            options[kv[0]] = kv[1];
        }

        return (text[..open].Trim(), options);
    }

    private static MarkdownSpec Build(string file, string name, Dictionary<string, string> blocks, Dictionary<string, string> options) =>
        new(file, name,
            blocks.TryGetValue("markdown", out var input) ? input : throw new InvalidDataException($"{file}: {name} has no markdown block"),
            blocks.TryGetValue("html", out var html) ? html : throw new InvalidDataException($"{file}: {name} has no html block"),
            blocks.GetValueOrDefault("problems"),
            options);
}
