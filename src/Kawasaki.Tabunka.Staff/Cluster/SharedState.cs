using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Staff.Cluster;

/// <summary>
/// The published files that every node must see, in PostgreSQL mode: writing one is a row in the
/// caller's transaction plus a notification on <see cref="Channel"/>, which PostgreSQL delivers
/// to every listening node only when that transaction commits. With SQLite (one node) there is
/// nothing to share: <see cref="Enabled"/> is false and the files on disk are the published state.
/// </summary>
public sealed class SharedState(IOptions<TabunkaOptions> options)
{
    /// <summary>The LISTEN/NOTIFY channel; a notification's payload is <c>area:path</c>.</summary>
    public const string Channel = "tabunka_shared";

    /// <summary>The emergency banner's row (area <see cref="SharedFile.Data"/>).</summary>
    public const string BannerPath = Core.Banner.BannerStore.FileName;

    public bool Enabled { get; } = options.Value.Database.IsPostgreSql;

    /// <summary>
    /// Records <paramref name="text"/> as the published file (empty: removed) in <paramref name="db"/>'s
    /// open transaction and queues the notification. The row's hash is a concurrency token: if
    /// another node published the same file since it was read here, the save throws
    /// <see cref="DbUpdateConcurrencyException"/> and the caller's transaction rolls back.
    /// </summary>
    public async Task RecordAsync(StaffDbContext db, string area, string path, string text, string by, DateTime at, bool import = false)
    {
        if (!Enabled)
        {
            throw new InvalidOperationException("there is no shared state with SQLite: the files on disk are the published state");
        }

        var hash = FileHash.Of(text);
        var row = await db.SharedFiles.SingleOrDefaultAsync(f => f.Area == area && f.Path == path);
        if (row is null)
        {
            db.SharedFiles.Add(new SharedFile { Area = area, Path = path, Text = text, Hash = hash, UpdatedAt = at, UpdatedBy = by, ImportedHash = import ? hash : null });
        }
        else
        {
            row.Text = text;
            row.Hash = hash;
            row.UpdatedAt = at;
            row.UpdatedBy = by;
            if (import)
            {
                row.ImportedHash = hash;
            }
        }

        await db.SaveChangesAsync();
        await NotifyAsync(db, area, path);
    }

    /// <summary>The row's text as published now, or null when there is none (PostgreSQL mode only).</summary>
    public static async Task<SharedFile?> FindAsync(StaffDbContext db, string area, string path) =>
        await db.SharedFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Area == area && f.Path == path);

    private static Task<int> NotifyAsync(StaffDbContext db, string area, string path) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {area + ":" + path})");
}
