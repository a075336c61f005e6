namespace Kawasaki.Tabunka.Staff.Data;

/// <summary>A search that found nothing, counted per day and language across every node (PostgreSQL mode).</summary>
public sealed class ZeroResultCount
{
    /// <summary>The day in Japan, <c>yyyy-MM-dd</c>.</summary>
    public required string Day { get; set; }

    public required string Language { get; set; }

    public required string Query { get; set; }

    public int Count { get; set; }
}
