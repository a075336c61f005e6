using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Core.Banner;

/// <summary>
/// A short notice shown at the top of every public page in a disaster, with texts per
/// language (easy Japanese and English at least), between <see cref="StartsAt"/> and
/// <see cref="EndsAt"/> (UTC), optionally linking to a guide (<see cref="Guide"/>, its id).
/// </summary>
public sealed record EmergencyBanner(
    IReadOnlyDictionary<string, string> Texts,
    DateTime StartsAt,
    DateTime? EndsAt,
    string SetBy,
    DateTime SetAt,
    string? Guide = null)
{
    /// <summary>The languages a banner must be written in.</summary>
    public static readonly string[] RequiredLanguages = [LanguageRegistry.SourceLanguageId, "en"];

    public const int MaxLength = 280;

    public bool IsActive(DateTime utcNow) => utcNow >= StartsAt && (EndsAt is null || utcNow < EndsAt);

    /// <summary>The text for a reader: their language, else the first of its fallback chain that the banner has.</summary>
    public (string Language, string Text) For(Language reader)
    {
        foreach (var id in reader.FallbackChain)
        {
            if (Texts.TryGetValue(id, out var text))
            {
                return (id, text);
            }
        }

        var any = Texts.First();
        return (any.Key, any.Value);
    }

    /// <summary>Problems that stop a banner from being set, in words an operator can act on.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyDictionary<string, string> texts, DateTime startsAt, DateTime? endsAt, LanguageRegistry languages)
    {
        var problems = new List<string>();
        foreach (var required in RequiredLanguages.Where(l => !texts.TryGetValue(l, out var t) || string.IsNullOrWhiteSpace(t)))
        {
            problems.Add($"the banner needs a text in {required}");
        }

        foreach (var (language, text) in texts)
        {
            if (!languages.TryGet(language, out _))
            {
                problems.Add($"'{language}' is not a site language");
            }
            else if (text.Length > MaxLength)
            {
                problems.Add($"the {language} text is longer than {MaxLength} characters");
            }
        }

        if (endsAt is not null && endsAt <= startsAt)
        {
            problems.Add("the end must be after the start");
        }

        return problems;
    }
}
