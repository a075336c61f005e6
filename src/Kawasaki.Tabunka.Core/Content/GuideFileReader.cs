using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Markdown;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// Reads one guide file: front matter between <c>---</c> lines, then Markdown. Every problem is
/// reported with its file line; the file is servable only when none is an error.
/// </summary>
public static class GuideFileReader
{
    /// <summary>Files larger than this are refused: no guide is a megabyte of text.</summary>
    public const int MaxBytes = 512 * 1024;

    public static GuideVersion? Read(string topic, string id, string language, string path, string text, ICollection<ContentProblem> problems)
    {
        var before = problems.Count(p => p.IsError);
        if (text.Length > MaxBytes)
        {
            problems.Add(new(path, 1, $"the file is larger than {MaxBytes / 1024} KB"));
            return null;
        }

        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            problems.Add(new(path, 1, "the file must start with a '---' line and YAML front matter (title, summary, updated)"));
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            problems.Add(new(path, 1, "the front matter is not closed with a '---' line"));
            return null;
        }

        var yaml = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]);
        var bodyLine = close + 2;

        var frontMatter = new FrontMatterReader(path, 2, problems).Read(yaml, language == LanguageRegistry.SourceLanguageId);
        var markdown = GuideMarkdown.Parse(body);
        foreach (var problem in markdown.Problems)
        {
            problems.Add(new(path, bodyLine + problem.Line, problem.Message, problem.IsError ? ProblemSeverity.Error : ProblemSeverity.Warning));
        }

        if (frontMatter is null || problems.Count(p => p.IsError) > before)
        {
            return null;
        }

        return new GuideVersion(topic, id, language, path, text, frontMatter, body, bodyLine, markdown);
    }
}
