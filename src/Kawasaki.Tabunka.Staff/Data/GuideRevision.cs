namespace Kawasaki.Tabunka.Staff.Data;

/// <summary>
/// One version of a published content file (guide or place): the file a publish replaced, and each text
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

    /// <summary>
    /// <c>replaced</c> (the file before a publish, as found on disk), <c>published</c>,
    /// <c>draft-replaced</c> (a draft a restore replaced, kept so nothing is lost) or
    /// <c>publish-abandoned</c> (an interrupted publish whose file had changed meanwhile).
    /// </summary>
    public required string Action { get; set; }

    public required string By { get; set; }

    public DateTime At { get; set; }

    /// <summary>
    /// True from the moment a publish is recorded until its file is written: a revision still
    /// pending at start is a publish that a crash interrupted (see <c>PublishService.RecoverAsync</c>).
    /// </summary>
    public bool Pending { get; set; }

    /// <summary>For a publish: the hash of the file it replaces (null for a new file), to tell at recovery whether the file was touched since.</summary>
    public string? ReplacesHash { get; set; }

    /// <summary>For a publish: who wrote the draft that was published.</summary>
    public string? DraftBy { get; set; }
}
