using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Places;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// Reads the content folder into a <see cref="GuideLibrary"/>: the guides under
/// <c>{topic}/{id}/{lang}.md</c>, the places under <c>places/</c> and the banner templates
/// under <c>banners/</c>. A file that fails to
/// read never takes the site down: it is reported, and when the previous library had a good
/// version of it, that version stays live.
/// </summary>
public sealed class ContentLoader(LanguageRegistry languages)
{
    private long _generation;

    /// <summary>Loads <paramref name="root"/>; <paramref name="previous"/> supplies last good versions and unchanged parses.</summary>
    public GuideLibrary Load(string root, GuideLibrary? previous = null)
    {
        previous ??= GuideLibrary.Empty;
        var problems = new List<ContentProblem>();
        var versions = new List<GuideVersion>();
        var failedFiles = new Dictionary<(string Topic, string Id), int>();
        var previousByPath = previous.Versions.ToDictionary(v => v.Path, StringComparer.Ordinal);

        foreach (var file in Enumerate(root, problems))
        {
            var text = ContentFiles.ReadText(root, file.Path, problems);
            if (text is null)
            {
                continue;
            }

            if (previousByPath.TryGetValue(file.Path, out var old) && old.Text == text)
            {
                versions.Add(old);
                continue;
            }

            var version = GuideFileReader.Read(file.Topic, file.Id, file.Language, file.Path, text, problems);
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

        var places = PlaceLoader.Load(root, languages, previous.Places, problems);
        var templates = Banner.BannerTemplateLoader.Load(root, languages, problems);
        var guides = Assemble(versions, problems);
        var unavailable = failedFiles.Keys
            .Where(k => guides.All(g => g.Id != k.Id))
            .GroupBy(k => k.Id)
            .ToDictionary(g => g.Key, g => g.First().Topic, StringComparer.Ordinal);
        var library = new GuideLibrary(guides, places, unavailable, [], Interlocked.Increment(ref _generation)) { BannerTemplates = templates };
        foreach (var version in library.Versions)
        {
            problems.AddRange(ContentValidator.Check(version, library));
        }

        foreach (var template in templates.Where(t => t.Guide is not null && library.Find(t.Guide) is null))
        {
            problems.Add(new($"{Banner.BannerTemplateLoader.FolderName}/{template.Id}/{Banner.BannerTemplateLoader.TemplateFileName}", 2, $"link to guide '{template.Guide}', which does not exist"));
        }

        return library.WithProblems(problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToList());
    }

    private sealed record FileEntry(string Topic, string Id, string Language, string Path);

    private IEnumerable<FileEntry> Enumerate(string root, List<ContentProblem> problems)
    {
        if (!Directory.Exists(root))
        {
            problems.Add(new(".", 1, $"the content folder '{root}' does not exist"));
            yield break;
        }

        foreach (var topicDir in Directory.EnumerateDirectories(root).Where(ContentFiles.NotHidden).Order(StringComparer.Ordinal))
        {
            var topic = Path.GetFileName(topicDir);
            if (topic == PlaceDirectory.FolderName || topic == Banner.BannerTemplateLoader.FolderName)
            {
                continue;
            }

            foreach (var guideDir in Directory.EnumerateDirectories(topicDir).Where(ContentFiles.NotHidden).Order(StringComparer.Ordinal))
            {
                var id = Path.GetFileName(guideDir);
                foreach (var filePath in Directory.EnumerateFiles(guideDir).Where(ContentFiles.NotHidden).Order(StringComparer.Ordinal))
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
                    else if (!ContentIds.IsValid(id))
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

    /// <summary>Groups versions into guides; an id used in two topics is served from the first only (the validator reports the others).</summary>
    private static List<Guide> Assemble(List<GuideVersion> versions, List<ContentProblem> problems)
    {
        var guides = new List<Guide>();
        foreach (var byId in versions.GroupBy(v => v.Id))
        {
            var topic = byId.Select(v => v.Topic).Distinct().Order(StringComparer.Ordinal).First();
            foreach (var extra in byId.Where(v => v.Topic != topic))
            {
                problems.Add(ContentValidator.IdInOtherTopic(extra.Path, extra.Id, topic));
            }

            guides.Add(new Guide(topic, byId.Key, byId.Where(v => v.Topic == topic).ToDictionary(v => v.Language, StringComparer.Ordinal)));
        }

        return guides;
    }
}
