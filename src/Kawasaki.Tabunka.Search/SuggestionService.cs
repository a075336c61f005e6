using System.Globalization;
using System.Text;
using Kawasaki.Tabunka.Core.Content;

namespace Kawasaki.Tabunka.Search;

/// <summary>
/// Suggestions while typing: titles and keywords of the guides in the reader's language that
/// start with, or (for scripts without spaces) contain, what was typed so far — accents
/// ignored. Small and cheap: a scan over a few hundred short strings.
/// </summary>
public sealed class SuggestionService(ContentStore content)
{
    public const int MaxSuggestions = 6;

    private (long Generation, Dictionary<string, List<(string Folded, string Text)>> ByLanguage) _cache = (-1, []);

    public IReadOnlyList<string> Suggest(string text, string language)
    {
        var typed = Fold(text);
        if (typed.Length < 1)
        {
            return [];
        }

        var candidates = Candidates(language);
        return candidates
            .Where(c => Matches(c.Folded, typed))
            .OrderBy(c => c.Folded.StartsWith(typed, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(c => c.Text.Length)
            .Select(c => c.Text)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .ToList();
    }

    private static bool Matches(string candidate, string typed) =>
        candidate.StartsWith(typed, StringComparison.Ordinal)
        || candidate.Contains(" " + typed, StringComparison.Ordinal)
        || (typed.Any(c => c > 0x2E80) && candidate.Contains(typed, StringComparison.Ordinal));

    private List<(string Folded, string Text)> Candidates(string language)
    {
        var library = content.Current;
        var cache = _cache;
        if (cache.Generation != library.Generation)
        {
            var byLanguage = library.Versions
                .GroupBy(v => v.Language)
                .ToDictionary(
                    g => g.Key,
                    g => g.SelectMany(v => v.FrontMatter.Keywords.Prepend(v.Title.PlainText))
                        .Distinct(StringComparer.Ordinal)
                        .Select(t => (Fold(t), t))
                        .ToList());
            cache = (library.Generation, byLanguage);
            _cache = cache;
        }

        return cache.ByLanguage.GetValueOrDefault(language) ?? [];
    }

    /// <summary>Lower case without diacritics: "Động đất" → "đong đat" → "dong dat".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c == 'đ' ? 'd' : c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
