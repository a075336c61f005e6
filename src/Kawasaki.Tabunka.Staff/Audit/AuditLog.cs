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
    public async Task WriteAsync(string actor, string action, string? target = null, string? detail = null)
    {
        await using var db = await contexts.CreateDbContextAsync();
        db.Audit.Add(new AuditEntry { At = time.GetUtcNow().UtcDateTime, Actor = actor, Action = action, Target = target, Detail = detail });
        await db.SaveChangesAsync();
    }

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int count = 100)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Audit.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(count).ToListAsync();
    }
}
