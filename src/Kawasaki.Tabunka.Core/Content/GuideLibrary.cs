namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// Every servable guide at one moment, with the problems found reading the content folder.
/// Immutable: a change on disk produces a new library, swapped in whole, so a request never
/// sees half an update.
/// </summary>
public sealed class GuideLibrary
{
    private readonly Dictionary<string, Guide> _byId;

    public GuideLibrary(IEnumerable<Guide> guides, IReadOnlyDictionary<string, string> unavailable, IReadOnlyList<ContentProblem> problems, long generation)
    {
        _byId = guides.ToDictionary(g => g.Id, StringComparer.Ordinal);
        Unavailable = unavailable;
        Problems = problems;
        Generation = generation;
    }

    public static GuideLibrary Empty { get; } = new([], new Dictionary<string, string>(), [], 0);

    /// <summary>Every guide, in catalog order.</summary>
    public IEnumerable<Guide> Guides => GuideOrder.Sort(_byId.Values);

    /// <summary>Guides that have files but none of them valid: id → topic.</summary>
    public IReadOnlyDictionary<string, string> Unavailable { get; }

    public IReadOnlyList<ContentProblem> Problems { get; }

    /// <summary>Increases with every reload; caches of rendered pages key on it.</summary>
    public long Generation { get; }

    public int Count => _byId.Count;

    public Guide? Find(string? id) => id is not null && _byId.TryGetValue(id, out var guide) ? guide : null;

    public IEnumerable<Guide> InTopic(string topic) => GuideOrder.Sort(_byId.Values.Where(g => g.Topic == topic));

    public IEnumerable<GuideVersion> Versions => _byId.Values.SelectMany(g => g.Versions.Values);
}
