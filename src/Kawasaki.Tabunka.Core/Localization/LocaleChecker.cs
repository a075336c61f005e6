using System.Text.RegularExpressions;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Core.Localization;

/// <summary>
/// Checks the locale folder: one file per registered language, each with exactly the keys
/// of <c>en.json</c>, no empty values and the same placeholders as English. Used by the
/// <c>check-locales</c> verb and by a test.
/// </summary>
public static partial class LocaleChecker
{
    /// <param name="directory">The locale folder.</param>
    /// <param name="languages">The site's languages.</param>
    /// <param name="only">When a folder holds fewer languages (the staff area's, in Japanese and English): their ids.</param>
    public static IReadOnlyList<LocaleProblem> Check(string directory, LanguageRegistry languages, IReadOnlyCollection<string>? only = null)
    {
        var expected = languages.All.Where(l => only is null || only.Contains(l.Id)).ToList();
        var problems = new List<LocaleProblem>();
        if (!Directory.Exists(directory))
        {
            return [new(directory, null, "the locale folder does not exist")];
        }

        var referencePath = Path.Combine(directory, LocaleCatalog.ReferenceLanguageId + ".json");
        if (!File.Exists(referencePath))
        {
            return [new(referencePath, null, "the reference locale file is missing")];
        }

        var reference = LocaleFile.Load(referencePath);
        problems.AddRange(reference.Problems);
        problems.AddRange(reference.Strings.Where(kv => string.IsNullOrWhiteSpace(kv.Value))
            .Select(kv => new LocaleProblem(referencePath, kv.Key, "empty value")));

        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(path);
            if (!languages.TryGet(id, out _))
            {
                problems.Add(new(path, null, $"'{id}' is not a registered language (see LanguageRegistry)"));
            }
            else if (expected.All(l => l.Id != id))
            {
                problems.Add(new(path, null, $"this folder holds only {string.Join(", ", expected.Select(l => l.Id))}"));
            }
        }

        foreach (var language in expected.Where(l => l.Id != LocaleCatalog.ReferenceLanguageId))
        {
            var path = Path.Combine(directory, language.Id + ".json");
            if (!File.Exists(path))
            {
                problems.Add(new(path, null, "missing locale file"));
                continue;
            }

            var file = LocaleFile.Load(path);
            problems.AddRange(file.Problems);
            problems.AddRange(CompareWithReference(file, reference));
        }

        return problems;
    }

    private static IEnumerable<LocaleProblem> CompareWithReference(LocaleFile file, LocaleFile reference)
    {
        foreach (var (key, english) in reference.Strings.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (!file.Strings.TryGetValue(key, out var value))
            {
                yield return new(file.Path, key, "missing key");
            }
            else if (string.IsNullOrWhiteSpace(value))
            {
                yield return new(file.Path, key, "empty value");
            }
            else
            {
                var expected = Placeholders(english);
                var actual = Placeholders(value);
                if (!expected.SetEquals(actual))
                {
                    yield return new(file.Path, key, $"placeholders {Describe(actual)} differ from English {Describe(expected)}");
                }
            }
        }

        foreach (var key in file.Strings.Keys.Where(k => !reference.Strings.ContainsKey(k)).Order(StringComparer.Ordinal))
        {
            yield return new(file.Path, key, "key not in en.json");
        }
    }

    /// <summary>The placeholder indexes of a format string, ignoring escaped <c>{{</c>.</summary>
    public static HashSet<string> Placeholders(string value) =>
        PlaceholderPattern().Matches(value.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

    private static string Describe(HashSet<string> set) =>
        set.Count == 0 ? "(none)" : string.Join(" ", set.Order(StringComparer.Ordinal).Select(p => "{" + p + "}"));

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
