using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Core.Places;

/// <summary>
/// Reads <c>{content}/places/</c> into a <see cref="PlaceDirectory"/>. Like guides, a file
/// that fails to read is reported and its last good version stays online.
/// </summary>
internal static class PlaceLoader
{
    public static PlaceDirectory Load(string contentRoot, LanguageRegistry languages, PlaceDirectory previous, List<ContentProblem> problems)
    {
        var root = Path.Combine(contentRoot, PlaceDirectory.FolderName);
        var files = new Dictionary<string, PlaceFileVersion>(StringComparer.Ordinal);
        var places = new List<Place>();
        if (!Directory.Exists(root))
        {
            return new PlaceDirectory(places, files);
        }

        foreach (var dir in Directory.EnumerateDirectories(root).Where(ContentFiles.NotHidden).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(dir);
            var folder = $"{PlaceDirectory.FolderName}/{id}";
            if (!ContentIds.IsValid(id))
            {
                problems.Add(new(folder, 1, $"'{id}' is not a place id: use lower-case letters, digits and hyphens"));
                continue;
            }

            PlaceFacts? facts = null;
            var texts = new Dictionary<string, PlaceText>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(dir).Where(ContentFiles.NotHidden).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                var path = $"{folder}/{name}";
                var language = Path.GetFileNameWithoutExtension(name);
                if (name != PlaceFileReader.FactsFileName && (!name.EndsWith(".yml", StringComparison.Ordinal) || !languages.TryGet(language, out _)))
                {
                    problems.Add(new(path, 1, $"not a place file (place.yml, or {{lang}}.yml for a site language); ignored", ProblemSeverity.Warning));
                    continue;
                }

                var parsed = Read(contentRoot, path, name == PlaceFileReader.FactsFileName, previous, files, problems);
                if (parsed is PlaceFacts f)
                {
                    facts = f;
                }
                else if (parsed is PlaceText t)
                {
                    texts[language] = t;
                }
            }

            if (facts is null)
            {
                if (!File.Exists(Path.Combine(dir, PlaceFileReader.FactsFileName)))
                {
                    problems.Add(new(folder, 1, $"the place '{id}' has no {PlaceFileReader.FactsFileName}"));
                }

                continue;
            }

            places.Add(new Place(id, facts.Kind, facts.Ward, facts.OfficialName, facts.Inside, facts.Members, facts.Source, facts.Facts, texts));
        }

        var directory = new PlaceDirectory(places, files);
        foreach (var place in directory.All)
        {
            var path = $"{PlaceDirectory.FolderName}/{place.Id}/{PlaceFileReader.FactsFileName}";
            foreach (var missing in place.Members.Append(place.Inside).OfType<string>().Where(m => directory.Find(m) is null))
            {
                problems.Add(new(path, 1, $"refers to the place '{missing}', which does not exist"));
            }

            if (!place.Texts.ContainsKey(LanguageRegistry.SourceLanguageId))
            {
                problems.Add(new(path, 1, $"the place has no {LanguageRegistry.SourceLanguageId}.yml (its name in easy Japanese)", ProblemSeverity.Warning));
            }
        }

        return directory;
    }

    private static object? Read(string contentRoot, string path, bool isFacts, PlaceDirectory previous, Dictionary<string, PlaceFileVersion> files, List<ContentProblem> problems)
    {
        var text = ContentFiles.ReadText(contentRoot, path, problems);
        var old = previous.Files.GetValueOrDefault(path);
        if (text is null)
        {
            return null;
        }

        if (old is not null && old.Text == text)
        {
            files[path] = old;
            return old.Parsed;
        }

        object? parsed = isFacts ? PlaceFileReader.ReadFacts(path, text, problems) : PlaceFileReader.ReadText(path, text, problems);
        if (parsed is not null)
        {
            files[path] = new PlaceFileVersion(text, parsed);
            return parsed;
        }

        if (old is not null)
        {
            problems.Add(new(path, 1, "the last good version of this file stays online until the errors are fixed", ProblemSeverity.Warning));
            files[path] = old;
            return old.Parsed;
        }

        return null;
    }
}
