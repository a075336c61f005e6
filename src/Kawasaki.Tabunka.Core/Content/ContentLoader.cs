using System.Text;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Markdown;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// Reads the content folder into a <see cref="GuideLibrary"/>. A file that fails to read
/// never takes the site down: it is reported, and when the previous library had a good
/// version of it, that version stays live.
/// </summary>
public sealed class ContentLoader(LanguageRegistry languages)
{
    private long _generation;

    /// <summary>Loads <paramref name="root"/>; <paramref name="previous"/> supplies last good versions and unchanged parses.</summary>
    public GuideLibrary Load(string root, GuideLibrary? previous = null)
    {
        var problems = new List<ContentProblem>();
        var versions = new List<GuideVersion>();
        var failedFiles = new Dictionary<(string Topic, string Id), int>();
        var previousByPath = (previous ?? GuideLibrary.Empty).Versions.ToDictionary(v => v.Path, StringComparer.Ordinal);

        foreach (var file in Enumerate(root, problems))
        {
            var text = ReadText(root, file.Path, problems);
            if (text is null)
            {
                continue;
            }

            if (previousByPath.TryGetValue(file.Path, out var old) && old.Text == text)
            {
                versions.Add(old);
                continue;
            }

            var fileProblems = new List<ContentProblem>();
            var version = GuideFileReader.Read(file.Topic, file.Id, file.Language, file.Path, text, fileProblems);
            problems.AddRange(fileProblems);
            if (version is not null)
            {
                versions.Add(version);
            }
            else if (old is not null)
            {
                problems.Add(new(file.Path, 1, "the last good version of this file stays online until the errors are fixed", ProblemSeverity.Warning));
                versions.Add(old);
            }
            else
            {
                failedFiles[(file.Topic, file.Id)] = failedFiles.GetValueOrDefault((file.Topic, file.Id)) + 1;
            }
        }

        var guides = Assemble(versions, problems);
        CheckGuideLinks(guides, problems);
        var unavailable = failedFiles.Keys
            .Where(k => guides.All(g => g.Id != k.Id))
            .GroupBy(k => k.Id)
            .ToDictionary(g => g.Key, g => g.First().Topic, StringComparer.Ordinal);
        return new GuideLibrary(guides, unavailable, problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToList(), Interlocked.Increment(ref _generation));
    }

    private sealed record FileEntry(string Topic, string Id, string Language, string Path);

    private IEnumerable<FileEntry> Enumerate(string root, List<ContentProblem> problems)
    {
        if (!Directory.Exists(root))
        {
            problems.Add(new(".", 1, $"the content folder '{root}' does not exist"));
            yield break;
        }

        foreach (var topicDir in Directory.EnumerateDirectories(root).Where(NotHidden).Order(StringComparer.Ordinal))
        {
            var topic = Path.GetFileName(topicDir);
            foreach (var guideDir in Directory.EnumerateDirectories(topicDir).Where(NotHidden).Order(StringComparer.Ordinal))
            {
                var id = Path.GetFileName(guideDir);
                foreach (var filePath in Directory.EnumerateFiles(guideDir).Where(NotHidden).Order(StringComparer.Ordinal))
                {
                    var path = $"{topic}/{id}/{Path.GetFileName(filePath)}";
                    if (!filePath.EndsWith(".md", StringComparison.Ordinal))
                    {
                        problems.Add(new(path, 1, "not a guide file (guides are {lang}.md); ignored", ProblemSeverity.Warning));
                        continue;
                    }

                    var language = Path.GetFileNameWithoutExtension(filePath);
                    if (!Topics.IsKnown(topic))
                    {
                        problems.Add(new(path, 1, $"unknown topic '{topic}' (topics: {string.Join(", ", Topics.All)})"));
                    }
                    else if (!GuideLinkExtension.IsValidId(id))
                    {
                        problems.Add(new(path, 1, $"'{id}' is not a guide id: use lower-case letters, digits and hyphens"));
                    }
                    else if (!languages.TryGet(language, out _))
                    {
                        problems.Add(new(path, 1, $"unknown language '{language}' (languages: {string.Join(", ", languages.All.Select(l => l.Id))})"));
                    }
                    else
                    {
                        yield return new FileEntry(topic, id, language, path);
                    }
                }
            }
        }
    }

    private static string? ReadText(string root, string path, List<ContentProblem> problems)
    {
        try
        {
            var bytes = File.ReadAllBytes(Path.Combine(root, path));
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new(path, 1, "the file is not valid UTF-8"));
        }
        catch (IOException e)
        {
            problems.Add(new(path, 1, $"cannot read the file: {e.Message}"));
        }
        catch (UnauthorizedAccessException e)
        {
            problems.Add(new(path, 1, $"cannot read the file: {e.Message}"));
        }

        return null;
    }

    /// <summary>Groups versions into guides; an id used in two topics is served from the first only.</summary>
    private static List<Guide> Assemble(List<GuideVersion> versions, List<ContentProblem> problems)
    {
        var guides = new List<Guide>();
        foreach (var byId in versions.GroupBy(v => v.Id))
        {
            var topics = byId.Select(v => v.Topic).Distinct().Order(StringComparer.Ordinal).ToList();
            foreach (var extra in byId.Where(v => v.Topic != topics[0]))
            {
                problems.Add(new(extra.Path, 1, $"guide id '{extra.Id}' is already used in topic '{topics[0]}'; ids must be unique across topics"));
            }

            var kept = byId.Where(v => v.Topic == topics[0]).ToDictionary(v => v.Language, StringComparer.Ordinal);
            guides.Add(new Guide(topics[0], byId.Key, kept));
        }

        return guides;
    }

    private static void CheckGuideLinks(List<Guide> guides, List<ContentProblem> problems)
    {
        var ids = guides.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var version in guides.SelectMany(g => g.Versions.Values))
        {
            foreach (var (id, line) in version.Markdown.GuideLinks.Where(l => !ids.Contains(l.Id)))
            {
                problems.Add(new(version.Path, version.BodyLine + line, $"link to guide '{id}', which does not exist"));
            }
        }
    }

    private static bool NotHidden(string path) => !Path.GetFileName(path).StartsWith('.');
}
