using Kawasaki.Tabunka.Staff.Data;
using Microsoft.EntityFrameworkCore;

namespace Kawasaki.Tabunka.Staff.Audit;

/// <summary>
/// The audit log: every sign-in (and failed one), save, submit, publish, restore, banner and
/// account change, with who and when. Written in its own context so that a failed operation
/// is still recorded.
/// </summary>
public sealed class AuditLog(IDbContextFactory<StaffDbContext> contexts, TimeProvider time)
{
    public const int MaxActor = 256;
    public const int MaxAction = 64;
    public const int MaxTarget = 300;
    public const int MaxDetail = 2000;

    /// <summary>
    /// Writes an entry. Every field is cut to its bound (the actor of a failed sign-in is
    /// whatever was typed into the e-mail field) and control characters are replaced, so the
    /// log can be neither flooded nor forged line by line.
    /// </summary>
    public async Task WriteAsync(string actor, string action, string? target = null, string? detail = null)
    {
        await using var db = await contexts.CreateDbContextAsync();
        db.Audit.Add(Entry(actor, action, target, detail));
        await db.SaveChangesAsync();
    }

    /// <summary>An entry to add in the caller's own transaction, bounded like <see cref="WriteAsync"/>'s.</summary>
    public AuditEntry Entry(string actor, string action, string? target = null, string? detail = null) => new()
    {
        At = time.GetUtcNow().UtcDateTime,
        Actor = Bound(actor, MaxActor)!,
        Action = Bound(action, MaxAction)!,
        Target = Bound(target, MaxTarget),
        Detail = Bound(detail, MaxDetail),
    };

    /// <summary><paramref name="value"/> without control characters, cut to <paramref name="max"/> characters (an ellipsis marks the cut).</summary>
    public static string? Bound(string? value, int max)
    {
        if (value is null)
        {
            return null;
        }

        var clean = new string(value.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return clean.Length <= max ? clean : string.Concat(clean.AsSpan(0, max - 1), "…");
    }

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int count = 100)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Audit.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(count).ToListAsync();
    }
}
