using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.EntityFrameworkCore;

namespace Kawasaki.Tabunka.Web.Features.Staff;

/// <summary>
/// The data-protection keys of several nodes (PostgreSQL mode). Left to itself, each node that
/// finds no key creates one, and nodes that start together each use their own: a cookie made by
/// one is then refused by the other. Here key creation is switched off on the nodes
/// (<c>AutoGenerateKeys = false</c>) and done in one place, under a PostgreSQL advisory lock: at
/// start, after the migrations, and every hour after, a key is added when none will still be
/// valid in 14 days, active two days later so that every node has read it before it is used
/// (nodes reread the key ring daily) — the schedule the framework itself follows on one node.
/// </summary>
public sealed class SharedKeyRing(IKeyManager keys, IDbContextFactory<StaffDbContext> contexts, TimeProvider time, ILogger<SharedKeyRing> logger)
{
    private const long KeyLock = 0x6b65_7972_696e_67;
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);
    private static readonly TimeSpan Ahead = TimeSpan.FromDays(14);
    private static readonly TimeSpan Propagation = TimeSpan.FromDays(2);

    /// <summary>Makes sure a key is active now and one will be after the next two weeks.</summary>
    public async Task EnsureAsync(CancellationToken cancel = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancel);
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({KeyLock})", cancel);
        var now = time.GetUtcNow();
        var usable = keys.GetAllKeys().Where(k => !k.IsRevoked && k.ExpirationDate > now).ToList();
        if (!usable.Any(k => k.ActivationDate <= now))
        {
            keys.CreateNewKey(now, now + Lifetime);
            logger.LogWarning("Created the data-protection key every node uses");
        }
        else if (!usable.Any(k => k.ExpirationDate > now + Ahead))
        {
            keys.CreateNewKey(now + Propagation, now + Propagation + Lifetime);
            logger.LogInformation("Created the next data-protection key, active from {Date:yyyy-MM-dd}", now + Propagation);
        }

        await transaction.CommitAsync(cancel);
    }
}
