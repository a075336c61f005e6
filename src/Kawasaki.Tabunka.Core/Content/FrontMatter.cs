using Kawasaki.Tabunka.Core.Markdown;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>The YAML front matter of a guide file (see docs/contracts.md, "Guide files").</summary>
/// <param name="Title">The guide's title; furigana allowed.</param>
/// <param name="Summary">One or two sentences shown under the title and in lists.</param>
/// <param name="Updated">The date of the last change of substance.</param>
/// <param name="Keywords">Search words the text does not contain.</param>
/// <param name="Todo">What staff must still find out (easy Japanese source only).</param>
/// <param name="Source">For a translation: the easy Japanese revision it was made from.</param>
/// <param name="Places">The places the guide sends the reader to, with what to ask there.</param>
/// <param name="ReviewedBy">Who (a fluent person) reviewed this translation against its source; null until someone has.</param>
/// <param name="Reviewed">When it was reviewed.</param>
/// <param name="Lines">The file line of each key, for problems that point at a value (<c>title</c>, <c>summary</c>...), and of each todo item (<c>todo[0]</c>...).</param>
public sealed record FrontMatter(
    RichText Title,
    RichText Summary,
    DateOnly Updated,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<PlaceReference> Places,
    IReadOnlyList<string> Todo,
    string? Source,
    string? ReviewedBy,
    DateOnly? Reviewed,
    IReadOnlyDictionary<string, int> Lines)
{
    /// <summary>The file line of <paramref name="key"/>, or the first front matter line when it is absent.</summary>
    public int LineOf(string key) => Lines.GetValueOrDefault(key, GuideFile.FrontMatterLine);

    /// <summary>True when a fluent person has reviewed the translation.</summary>
    public bool IsReviewed => ReviewedBy is not null && Reviewed is not null;
}

/// <summary>A place of the directory named by a guide: its id and what to ask or do there, in the guide's language.</summary>
public sealed record PlaceReference(string Id, RichText? About, int Line);
