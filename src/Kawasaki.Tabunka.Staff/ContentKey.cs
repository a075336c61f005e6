using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Places;

namespace Kawasaki.Tabunka.Staff;

/// <summary>
/// One content file: the unit staff edit, review and publish. A guide in one language
/// (<c>disaster/call-119/vi.md</c>), a place's facts (<c>places/ward-office/place.yml</c>,
/// <see cref="Language"/> = <see cref="PlaceFacts"/>) or a place's texts in one language
/// (<c>places/ward-office/vi.yml</c>). <see cref="Topic"/> is <c>places</c> for the last two.
/// </summary>
public sealed record ContentKey(string Topic, string GuideId, string Language)
{
    /// <summary>The <see cref="Language"/> of a place's <c>place.yml</c>: facts, not a language.</summary>
    public const string PlaceFacts = "facts";

    public bool IsPlace => Topic == PlaceDirectory.FolderName;

    public bool IsPlaceFacts => IsPlace && Language == PlaceFacts;

    public string RelativePath => !IsPlace ? $"{Topic}/{GuideId}/{Language}.md"
        : IsPlaceFacts ? $"{Topic}/{GuideId}/{PlaceFileReader.FactsFileName}"
        : $"{Topic}/{GuideId}/{Language}.yml";

    public override string ToString() => RelativePath;

    public static ContentKey Place(string id, string language) => new(PlaceDirectory.FolderName, id, language);

    /// <summary>The key of a path under the content folder (<c>disaster/call-119/vi.md</c>), or null when it names no content file.</summary>
    public static ContentKey? FromRelativePath(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/');
        if (parts.Length != 3)
        {
            return null;
        }

        var (folder, id, file) = (parts[0], parts[1], parts[2]);
        ContentKey? key = folder == PlaceDirectory.FolderName
            ? file == PlaceFileReader.FactsFileName ? Place(id, PlaceFacts)
                : file.EndsWith(".yml", StringComparison.Ordinal) ? Place(id, file[..^4]) : null
            : file.EndsWith(".md", StringComparison.Ordinal) ? new ContentKey(folder, id, file[..^3]) : null;
        return key is not null && key.RelativePath == string.Join('/', parts) ? key : null;
    }

    /// <summary>True when topic, id and language are all well formed (a language must be registered).</summary>
    public bool IsWellFormed(LanguageRegistry languages) =>
        (Topics.IsKnown(Topic) || IsPlace) && ContentIds.IsValid(GuideId) && (IsPlaceFacts || languages.TryGet(Language, out _));
}
