namespace Kawasaki.Tabunka.Core.Places;

/// <summary>
/// Every servable place at one moment: immutable, part of the content library, swapped in
/// whole on reload. Ordered for listing: by kind, then ward (in the city's order), then id.
/// </summary>
public sealed class PlaceDirectory
{
    /// <summary>The folder under the content path that holds the directory.</summary>
    public const string FolderName = "places";

    private readonly Dictionary<string, Place> _byId;

    public PlaceDirectory(IEnumerable<Place> places, IReadOnlyDictionary<string, PlaceFileVersion> files)
    {
        _byId = places.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Files = files;
        All = _byId.Values
            .OrderBy(p => p.Kind)
            .ThenBy(p => p.Ward is null ? -1 : Wards.All.ToList().IndexOf(p.Ward))
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
    }

    public static PlaceDirectory Empty { get; } = new([], new Dictionary<string, PlaceFileVersion>());

    public IReadOnlyList<Place> All { get; }

    public int Count => _byId.Count;

    /// <summary>The files read, by path relative to the content folder, so a reload reuses what did not change.</summary>
    public IReadOnlyDictionary<string, PlaceFileVersion> Files { get; }

    public Place? Find(string? id) => id is not null && _byId.TryGetValue(id, out var place) ? place : null;

    /// <summary>The places a reference stands for: the members of a group, else the place itself.</summary>
    public IEnumerable<Place> Expand(Place place) => place.IsGroup ? place.Members.Select(Find).OfType<Place>() : [place];
}

/// <summary>One place file as read: its text and what it parsed to (<see cref="PlaceFacts"/> or <see cref="PlaceText"/>).</summary>
public sealed record PlaceFileVersion(string Text, object Parsed);
