using Kawasaki.Tabunka.Core.Places;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// Every servable guide and place at one moment, with the problems found reading the
/// content folder. Immutable: a change on disk produces a new library, swapped in whole, so a
/// request never sees half an update.
/// </summary>
public sealed class GuideLibrary
{
    private readonly Dictionary<string, Guide> _byId;

    public GuideLibrary(IEnumerable<Guide> guides, PlaceDirectory places, IReadOnlyDictionary<string, string> unavailable, IReadOnlyList<ContentProblem> problems, long generation)
    {
        _byId = guides.ToDictionary(g => g.Id, StringComparer.Ordinal);
        Places = places;
        Unavailable = unavailable;
        Problems = problems;
        Generation = generation;
    }

    public static GuideLibrary Empty { get; } = new([], PlaceDirectory.Empty, new Dictionary<string, string>(), [], 0);

    /// <summary>Every guide, in catalog order.</summary>
    public IEnumerable<Guide> Guides => GuideOrder.Sort(_byId.Values);

    /// <summary>The places directory.</summary>
    public PlaceDirectory Places { get; }

    /// <summary>Banners written in advance, for staff to set in one step.</summary>
    public IReadOnlyList<Banner.BannerTemplate> BannerTemplates { get; init; } = [];

    /// <summary>Guides that have files but none of them valid: id → topic.</summary>
    public IReadOnlyDictionary<string, string> Unavailable { get; }

    public IReadOnlyList<ContentProblem> Problems { get; }

    /// <summary>Increases with every reload; caches of rendered pages key on it.</summary>
    public long Generation { get; }

    public int Count => _byId.Count;

    public Guide? Find(string? id) => id is not null && _byId.TryGetValue(id, out var guide) ? guide : null;

    public IEnumerable<Guide> InTopic(string topic) => GuideOrder.Sort(_byId.Values.Where(g => g.Topic == topic));

    public IEnumerable<GuideVersion> Versions => _byId.Values.SelectMany(g => g.Versions.Values);

    /// <summary>The guides that send readers to <paramref name="placeId"/> (directly, or through a group it belongs to).</summary>
    public IEnumerable<Guide> GuidesNaming(string placeId) =>
        Guides.Where(g => g.Versions.Values.Any(v => v.FrontMatter.Places.Any(p => p.Id == placeId || Places.Find(p.Id)?.Members.Contains(placeId) == true)));

    /// <summary>The same library with its problems set (they are found after it is assembled).</summary>
    internal GuideLibrary WithProblems(IReadOnlyList<ContentProblem> problems) => new(_byId.Values, Places, Unavailable, problems, Generation) { BannerTemplates = BannerTemplates };

    /// <summary>The library as it would be with <paramref name="version"/> published: for checking a draft against everything else.</summary>
    public GuideLibrary With(GuideVersion version)
    {
        var guides = new Dictionary<string, Guide>(_byId, StringComparer.Ordinal);
        var versions = guides.TryGetValue(version.Id, out var existing) && existing.Topic == version.Topic
            ? new Dictionary<string, GuideVersion>(existing.Versions.ToDictionary(), StringComparer.Ordinal)
            : new Dictionary<string, GuideVersion>(StringComparer.Ordinal);
        versions[version.Language] = version;
        if (existing is null || existing.Topic == version.Topic)
        {
            guides[version.Id] = new Guide(version.Topic, version.Id, versions);
        }

        return new GuideLibrary(guides.Values, Places, Unavailable, Problems, Generation) { BannerTemplates = BannerTemplates };
    }
}
