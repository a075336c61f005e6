using System.Collections.Frozen;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Core.Localization;

/// <summary>
/// The UI strings of every language, loaded once at start. A key missing in a language
/// falls back to English and then to the key itself, so a gap in one translation never
/// breaks a page; <see cref="LocaleChecker"/> keeps such gaps out of the repository.
/// </summary>
public sealed class LocaleCatalog
{
    /// <summary>The language whose file defines the set of keys.</summary>
    public const string ReferenceLanguageId = "en";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLanguage;

    public LocaleCatalog(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage)
    {
        _byLanguage = byLanguage.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.ToFrozenDictionary(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>Loads <c>{id}.json</c> for every registered language found in <paramref name="directory"/>.</summary>
    public static LocaleCatalog Load(string directory, LanguageRegistry languages)
    {
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var language in languages.All)
        {
            var path = Path.Combine(directory, language.Id + ".json");
            if (File.Exists(path))
            {
                byLanguage[language.Id] = LocaleFile.Load(path).Strings;
            }
        }

        return new LocaleCatalog(byLanguage);
    }

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
