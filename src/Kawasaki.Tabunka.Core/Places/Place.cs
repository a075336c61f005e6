using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Markdown;

namespace Kawasaki.Tabunka.Core.Places;

/// <summary>
/// A counter, office, phone line or emergency number that guides send residents to, from
/// <c>content/places/{id}/</c>: its facts once, its names and texts per language. Only facts
/// with a value, a source and a verification date are shown to readers.
/// </summary>
public sealed class Place(
    string id,
    PlaceKind kind,
    string? ward,
    string officialName,
    string? inside,
    IReadOnlyList<string> members,
    string source,
    IReadOnlyDictionary<PlaceFactKind, PlaceFact> facts,
    IReadOnlyDictionary<string, PlaceText> texts)
{
    public string Id { get; } = id;

    public PlaceKind Kind { get; } = kind;

    /// <summary>One of <see cref="Wards.All"/>, or null for a place of the whole city (or not known).</summary>
    public string? Ward { get; } = ward;

    /// <summary>The Japanese name as the city writes it, to show at a counter.</summary>
    public string OfficialName { get; } = officialName;

    /// <summary>The place this one is inside (the One-Stop Center is in the International Center).</summary>
    public string? Inside { get; } = inside;

    /// <summary>For a place that stands for several (the ward office): the places it stands for.</summary>
    public IReadOnlyList<string> Members { get; } = members;

    /// <summary>Where the name, kind and texts come from.</summary>
    public string Source { get; } = source;

    /// <summary>Every fact written in the file, verified or not.</summary>
    public IReadOnlyDictionary<PlaceFactKind, PlaceFact> Facts { get; } = facts;

    /// <summary>Names and summaries by language id.</summary>
    public IReadOnlyDictionary<string, PlaceText> Texts { get; } = texts;

    public bool IsGroup => Members.Count > 0;

    /// <summary>The facts a place of this kind can have (an emergency number has no address).</summary>
    public IEnumerable<PlaceFactKind> ApplicableFacts => FactsFor(Kind, IsGroup);

    /// <summary>The facts a place of a kind can have; a group (a place with members) has none of its own.</summary>
    public static IReadOnlyList<PlaceFactKind> FactsFor(PlaceKind kind, bool isGroup) => isGroup ? [] : kind switch
    {
        PlaceKind.Emergency => [PlaceFactKind.Phone],
        PlaceKind.PhoneLine => [PlaceFactKind.Phone, PlaceFactKind.Fax, PlaceFactKind.Email, PlaceFactKind.Hours, PlaceFactKind.Languages, PlaceFactKind.Web],
        _ => Enum.GetValues<PlaceFactKind>(),
    };

    /// <summary>The facts to show: those with a value, a source and a verification date.</summary>
    public IEnumerable<(PlaceFactKind Kind, PlaceFact Fact)> VerifiedFacts =>
        ApplicableFacts.Where(k => Facts.TryGetValue(k, out var f) && f.IsVerified).Select(k => (k, Facts[k]));

    /// <summary>Applicable facts nobody has given a verified value yet: what the city still has to tell us.</summary>
    public IEnumerable<PlaceFactKind> MissingFacts =>
        ApplicableFacts.Where(k => !Facts.TryGetValue(k, out var f) || !f.IsVerified);

    /// <summary>The text for a reader: their language, else its fallback chain, else none (the official name stands alone).</summary>
    public (string Language, PlaceText Text)? TextFor(Language reader)
    {
        foreach (var id in reader.FallbackChain)
        {
            if (Texts.TryGetValue(id, out var text))
            {
                return (id, text);
            }
        }

        return null;
    }
}

public enum PlaceKind
{
    Consultation,
    WardOffice,
    CityOffice,
    Community,
    PhoneLine,
    Disaster,
    Emergency,
}

public enum PlaceFactKind
{
    Phone,
    Fax,
    Email,
    Address,
    Hours,
    Languages,
    Web,
}

/// <summary>One fact about a place and where it was checked.</summary>
/// <param name="Value">The value as written; for <see cref="PlaceFactKind.Languages"/> the language tags joined by commas.</param>
/// <param name="Source">Document and page, or URL, that states it.</param>
/// <param name="Verified">When somebody checked it against the source.</param>
public sealed record PlaceFact(string? Value, string? Source, DateOnly? Verified)
{
    public bool IsVerified => Value is not null && Source is not null && Verified is not null;

    /// <summary>The language tags of a <see cref="PlaceFactKind.Languages"/> fact.</summary>
    public IReadOnlyList<string> Items => Value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>A phone number for a <c>tel:</c> link: digits and a leading plus only.</summary>
    public string TelHref => "tel:" + new string((Value ?? "").Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray());
}

/// <summary>A place's name and what it is, in one language (furigana allowed in easy Japanese).</summary>
public sealed record PlaceText(RichText Name, RichText? Summary);

/// <summary>The seven wards of Kawasaki, by the ids used in place files and URLs.</summary>
internal static class Wards
{
    public static IReadOnlyList<string> All { get; } = ["kawasaki", "saiwai", "nakahara", "takatsu", "miyamae", "tama", "asao"];

    /// <summary>The Japanese names, as they are written in addresses (川崎市○○区).</summary>
    public static IReadOnlyDictionary<string, string> JapaneseNames { get; } = new Dictionary<string, string>
    {
        ["kawasaki"] = "川崎区", ["saiwai"] = "幸区", ["nakahara"] = "中原区", ["takatsu"] = "高津区",
        ["miyamae"] = "宮前区", ["tama"] = "多摩区", ["asao"] = "麻生区",
    };
}

/// <summary>The names of kinds and facts as written in place files and locale keys.</summary>
public static class PlaceNames
{
    public static string Of(PlaceKind kind) => kind switch
    {
        PlaceKind.WardOffice => "ward-office",
        PlaceKind.CityOffice => "city-office",
        PlaceKind.PhoneLine => "phone-line",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Of(PlaceFactKind fact) => fact.ToString().ToLowerInvariant();

    public static bool TryParseKind(string? text, out PlaceKind kind)
    {
        foreach (var candidate in Enum.GetValues<PlaceKind>())
        {
            if (Of(candidate) == text)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
