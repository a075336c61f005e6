using System.Diagnostics.CodeAnalysis;

namespace Kawasaki.Tabunka.Core.Languages;

/// <summary>
/// The languages of the site: the one place that defines them, with everything the code
/// needs to know about each (culture, fallbacks, script, search analysis). Adding a language
/// is one line here plus its locale file in <c>locales/</c>.
/// </summary>
public sealed class LanguageRegistry
{
    /// <summary>The source language of every guide.</summary>
    public const string SourceLanguageId = "ja-easy";

    /// <summary>The language of pages whose URL names none and whose reader we cannot place.</summary>
    public const string DefaultLanguageId = "en";

    /// <summary>The fallback chain of most languages: easy Japanese, then English.</summary>
    public static readonly IReadOnlyList<string> DefaultFallbacks = [SourceLanguageId, "en"];

    private readonly Dictionary<string, Language> _byId;

    public LanguageRegistry()
        : this(
        [
            new("ja-easy", "やさしい にほんご", "ja", "ja-x-easy", "ja-JP", TextDirection.Ltr, ["ja", "en"], Script.Japanese, SearchAnalysis.Japanese),
            new("ja", "日本語", "ja", "ja", "ja-JP", TextDirection.Ltr, DefaultFallbacks, Script.Japanese, SearchAnalysis.Japanese),
            new("en", "English", "en", "en", "en-US", TextDirection.Ltr, DefaultFallbacks, Script.Latin, SearchAnalysis.English),
            new("zh-hans", "简体中文", "zh-Hans", "zh-Hans", "zh-CN", TextDirection.Ltr, DefaultFallbacks, Script.Han, SearchAnalysis.Chinese),
            new("ko", "한국어", "ko", "ko", "ko-KR", TextDirection.Ltr, DefaultFallbacks, Script.Hangul, SearchAnalysis.Korean),
            new("tl", "Tagalog", "tl", "tl", "fil-PH", TextDirection.Ltr, DefaultFallbacks, Script.Latin, SearchAnalysis.Folding),
            new("vi", "Tiếng Việt", "vi", "vi", "vi-VN", TextDirection.Ltr, DefaultFallbacks, Script.Latin, SearchAnalysis.Folding),
            new("ne", "नेपाली", "ne", "ne", "ne-NP", TextDirection.Ltr, DefaultFallbacks, Script.Devanagari, SearchAnalysis.Folding),
            new("pt", "Português", "pt-BR", "pt-BR", "pt-BR", TextDirection.Ltr, DefaultFallbacks, Script.Latin, SearchAnalysis.Portuguese),
            new("es", "Español", "es", "es", "es-ES", TextDirection.Ltr, DefaultFallbacks, Script.Latin, SearchAnalysis.Spanish),
            new("th", "ภาษาไทย", "th", "th", "th-TH", TextDirection.Ltr, DefaultFallbacks, Script.Thai, SearchAnalysis.Thai),
            new("id", "Bahasa Indonesia", "id", "id", "id-ID", TextDirection.Ltr, DefaultFallbacks, Script.Latin, SearchAnalysis.Indonesian),
        ])
    {
    }

    private LanguageRegistry(IEnumerable<Language> languages)
    {
        All = languages.ToList();
        _byId = All.ToDictionary(l => l.Id, StringComparer.Ordinal);
        foreach (var language in All)
        {
            var unknown = language.Fallbacks.Where(f => !_byId.ContainsKey(f)).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentException($"language {language.Id} falls back to unknown {string.Join(", ", unknown)}");
            }
        }
    }

    /// <summary>A registry of other languages than the site's (tests use a smaller set).</summary>
    public static LanguageRegistry From(IEnumerable<Language> languages) => new(languages);

    /// <summary>All languages, in the order the switcher lists them.</summary>
    public IReadOnlyList<Language> All { get; }

    public Language Default => _byId[DefaultLanguageId];

    public Language Source => _byId[SourceLanguageId];

    /// <summary>Finds a language by its URL id; ids are lower case and matched exactly.</summary>
    public bool TryGet(string? id, [NotNullWhen(true)] out Language? language)
    {
        language = null;
        return id is not null && _byId.TryGetValue(id, out language);
    }

    /// <summary>Finds a language by its URL id ignoring case, for redirecting <c>/EN/</c> to <c>/en/</c>.</summary>
    public bool TryGetIgnoringCase(string? id, [NotNullWhen(true)] out Language? language)
    {
        language = null;
        return id is not null && _byId.TryGetValue(id.ToLowerInvariant(), out language);
    }

    public Language Get(string id) =>
        TryGet(id, out var language) ? language : throw new KeyNotFoundException($"unknown language '{id}'");
}
