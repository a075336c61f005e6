namespace Kawasaki.Tabunka.Staff.Data;

/// <summary>
/// One published file as every node must see it, in PostgreSQL mode only: a guide or place file
/// (<see cref="Content"/>, its path under the content folder) or the emergency banner
/// (<see cref="Data"/>, its path under the data folder). Each node keeps a copy of these rows
/// as plain files and reloads them the way it reloads any edited file (see
/// <c>SharedContentSync</c>); the rows, not the files, are the published state.
/// </summary>
public sealed class SharedFile
{
    public const string Content = "content";
    public const string Data = "data";

    /// <summary><see cref="Content"/> or <see cref="Data"/>.</summary>
    public required string Area { get; set; }

    /// <summary>Relative path with forward slashes, e.g. <c>disaster/call-119/en.md</c>.</summary>
    public required string Path { get; set; }

    /// <summary>The whole file; empty when the file was removed (a cleared banner).</summary>
    public required string Text { get; set; }

    /// <summary>SHA-256 of <see cref="Text"/>: what nodes compare with their copy.</summary>
    public required string Hash { get; set; }

    public DateTime UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    /// <summary>
    /// The hash of the file the last <c>content import</c> brought. When it differs from
    /// <see cref="Hash"/>, staff changed the file since, and an import reports it instead of
    /// writing over it.
    /// </summary>
    public string? ImportedHash { get; set; }
}
