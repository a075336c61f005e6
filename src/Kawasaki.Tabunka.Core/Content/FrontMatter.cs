using Kawasaki.Tabunka.Core.Markdown;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>The YAML front matter of a guide file (see docs/contracts.md, "Guide files").</summary>
public sealed record FrontMatter(
    RichText Title,
    RichText Summary,
    DateOnly Updated,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<string> Todo,
    string? Source);

/// <summary>
/// Somewhere a reader can ask. Phone, address and hours only where they are known: the site
/// never shows a number nobody checked.
/// </summary>
public sealed record Contact(
    RichText Name,
    RichText? About,
    IReadOnlyList<string> Languages,
    string? Phone,
    string? Address,
    string? Hours)
{
    /// <summary>The phone number for a <c>tel:</c> link: digits and a leading plus only.</summary>
    public string? PhoneHref => Phone is null ? null : "tel:" + new string(Phone.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray());
}
