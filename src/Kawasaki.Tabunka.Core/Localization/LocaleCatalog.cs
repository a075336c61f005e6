using System.Collections.Frozen;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Core.Localization;

/// <summary>
/// The UI strings of every language, loaded at start and again by <see cref="Reload"/> when a
/// locale file changes. A key missing in a language falls back to English and then to the
/// key itself, so a gap in one translation never breaks a page; <see cref="LocaleChecker"/>
/// keeps such gaps out of the repository.
/// </summary>
public sealed class LocaleCatalog
{
    /// <summary>The language whose file defines the set of keys.</summary>
    public const string ReferenceLanguageId = "en";

    private readonly string? _directory;
    private readonly LanguageRegistry? _languages;
    private volatile FrozenDictionary<string, FrozenDictionary<string, string>> _byLanguage;

    public LocaleCatalog(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage)
    {
        _byLanguage = Freeze(byLanguage);
    }

    private LocaleCatalog(string directory, LanguageRegistry languages)
    {
        _directory = directory;
        _languages = languages;
        _byLanguage = Freeze(Read(directory, languages));
    }

    /// <summary>Raised after <see cref="Reload"/> swapped in new strings.</summary>
    public event Action? Changed;

    /// <summary>The folder the strings come from, when they come from one.</summary>
    public string? Directory => _directory;

    /// <summary>Loads <c>{id}.json</c> for every registered language found in <paramref name="directory"/>.</summary>
    public static LocaleCatalog Load(string directory, LanguageRegistry languages) => new(directory, languages);

    /// <summary>Reads the folder again and swaps the strings in whole. A file that cannot be
    /// read throws, and the strings in use stay as they were.</summary>
    public void Reload()
    {
        if (_directory is null || _languages is null)
        {
            return;
        }

        _byLanguage = Freeze(Read(_directory, _languages, strict: true));
        Changed?.Invoke();
    }

    /// <summary>The strings of every language in <paramref name="directory"/>. With
    /// <paramref name="strict"/> (on reload), a file with any problem throws, so that a
    /// half-saved file never replaces good strings; at start, what can be read is used.</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, string>> Read(string directory, LanguageRegistry languages, bool strict = false)
    {
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var language in languages.All)
        {
            var path = Path.Combine(directory, language.Id + ".json");
            if (File.Exists(path))
            {
                var file = LocaleFile.Load(path);
                if (strict && file.Problems.Count > 0)
                {
                    throw new InvalidDataException($"{file.Problems[0]}; the strings in use stay as they were");
                }

                byLanguage[language.Id] = file.Strings;
            }
        }

        return byLanguage;
    }

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Freeze(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage) =>
        byLanguage.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.ToFrozenDictionary(StringComparer.Ordinal),
            StringComparer.Ordinal);

    /// <summary>The string for <paramref name="key"/> in the language, or null if no language has it.</summary>
    public string? Find(string languageId, string key)
    {
        if (_byLanguage.TryGetValue(languageId, out var strings) && strings.TryGetValue(key, out var value))
        {
            return value;
        }

        return _byLanguage.TryGetValue(ReferenceLanguageId, out var reference) && reference.TryGetValue(key, out var english)
            ? english
            : null;
    }

    /// <summary>Every key and value for a language, with English filling the gaps.</summary>
    public IEnumerable<KeyValuePair<string, string>> All(string languageId)
    {
        _byLanguage.TryGetValue(ReferenceLanguageId, out var reference);
        _byLanguage.TryGetValue(languageId, out var strings);
        var keys = (reference?.Keys ?? []).Union(strings?.Keys ?? [], StringComparer.Ordinal);
        return keys.Select(k => new KeyValuePair<string, string>(k, Find(languageId, k)!));
    }
}
