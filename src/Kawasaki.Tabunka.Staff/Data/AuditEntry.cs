namespace Kawasaki.Tabunka.Staff.Data;

/// <summary>One line of the audit log: who did what to which guide, when.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public string? Target { get; set; }

    public string? Detail { get; set; }
}
