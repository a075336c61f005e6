namespace Kawasaki.Tabunka.Staff.Data;

/// <summary>
/// What one person last typed in the editor, saved every few seconds without any check, so
/// a dropped connection, a locked phone or a refused save loses at most seconds of typing.
/// </summary>
public sealed class AutosaveBuffer
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string Topic { get; set; }

    public required string GuideId { get; set; }

    public required string Language { get; set; }

    public required string Text { get; set; }

    public DateTime SavedAt { get; set; }
}
