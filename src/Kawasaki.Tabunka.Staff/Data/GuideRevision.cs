namespace Kawasaki.Tabunka.Staff.Data;

/// <summary>
/// One version of a published guide file: the file a publish replaced, and each text
/// published. History lists them with who and when; any can be restored as a new draft.
/// </summary>
public sealed class GuideRevision
{
    public int Id { get; set; }

    public required string Topic { get; set; }

    public required string GuideId { get; set; }

    public required string Language { get; set; }

    public required string Text { get; set; }

    /// <summary>SHA-256 of the whole file text.</summary>
    public required string FileHash { get; set; }

    /// <summary>The body revision (see Core's <c>Revision</c>), to find the source a translation was made from.</summary>
    public required string BodyRevision { get; set; }

    /// <summary><c>replaced</c> (the file before a publish, as found on disk) or <c>published</c>.</summary>
    public required string Action { get; set; }

    public required string By { get; set; }

    public DateTime At { get; set; }
}
