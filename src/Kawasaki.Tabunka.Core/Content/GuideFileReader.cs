using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Markdown;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// Reads one guide file into a <see cref="GuideVersion"/>: front matter and Markdown, every
/// problem with its file line. The file is servable only when none is an error. Checks that
/// need other files (links, places, the source's structure) are <see cref="ContentValidator"/>'s.
/// </summary>
public static class GuideFileReader
{
    public static GuideVersion? Read(string topic, string id, string language, string path, string text, ICollection<ContentProblem> problems)
    {
        var before = problems.Count(p => p.IsError);
        if (text.Length > ContentFiles.MaxBytes)
        {
            problems.Add(new(path, 1, $"the file is larger than {ContentFiles.MaxBytes / 1024} KB"));
            return null;
        }

        var file = GuideFile.Parse(text);
        if (file.Problem is { } problem)
        {
            problems.Add(new(path, 1, problem));
            return null;
        }

        var frontMatter = new FrontMatterReader(path, GuideFile.FrontMatterLine, problems).Read(file.FrontMatter, language == LanguageRegistry.SourceLanguageId);
        var markdown = GuideMarkdown.Parse(file.Body);
        foreach (var markdownProblem in markdown.Problems)
        {
            problems.Add(new(path, file.BodyLine + markdownProblem.Line, markdownProblem.Message, markdownProblem.IsError ? ProblemSeverity.Error : ProblemSeverity.Warning));
        }

        if (frontMatter is null || problems.Count(p => p.IsError) > before)
        {
            return null;
        }

        return new GuideVersion(topic, id, language, path, text, frontMatter, file.Body, file.BodyLine, markdown);
    }
}
