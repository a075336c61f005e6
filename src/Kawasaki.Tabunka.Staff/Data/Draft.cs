namespace Kawasaki.Tabunka.Staff.Data;

public enum DraftState
{
    /// <summary>Being written; saved but not yet asked to be published.</summary>
    Editing,

    /// <summary>Submitted for review: an editor or publisher may publish it.</summary>
    Submitted,
}

/// <summary>
/// The shared working copy of one guide in one language, not yet published. Every save
/// carries the <see cref="Version"/> it was based on; a save based on an older version is
/// refused, so two people never silently overwrite each other.
/// </summary>
public sealed class Draft
{
    public int Id { get; set; }

    public required string Topic { get; set; }

    public required string GuideId { get; set; }

    public required string Language { get; set; }

    /// <summary>The whole file: front matter and Markdown.</summary>
    public required string Text { get; set; }

    /// <summary>Hash of the published file this draft started from; null for a new file.</summary>
    public string? BaseFileHash { get; set; }

    /// <summary>Incremented by every save.</summary>
    public int Version { get; set; } = 1;

    public DraftState State { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTime? SubmittedAt { get; set; }

    /// <summary>A new text for the draft: the next version, back to editing (a submitted draft
    /// that changes must be submitted again).</summary>
    public void Replace(string text, string by, DateTime at)
    {
        Text = text;
        Version++;
        State = DraftState.Editing;
        UpdatedBy = by;
        UpdatedAt = at;
    }
}
