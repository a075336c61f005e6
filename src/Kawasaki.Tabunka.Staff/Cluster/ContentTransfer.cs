using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Staff.Audit;
using Kawasaki.Tabunka.Staff.Data;
using Kawasaki.Tabunka.Staff.Drafts;
using Microsoft.EntityFrameworkCore;

namespace Kawasaki.Tabunka.Staff.Cluster;

/// <summary>What an import did: files published, files already published as they are, and files staff changed since their last import (left alone).</summary>
public sealed record ImportReport(IReadOnlyList<string> Published, int Unchanged, IReadOnlyList<string> ChangedByStaff, IReadOnlyList<string> Skipped, IReadOnlyList<ContentProblem> Refused);

/// <summary>
/// Content between files and the shared database (PostgreSQL mode): <c>content import</c>
/// brings a deployment's files (new guides and translations from git) into a running cluster,
/// each as a publish with its own revision and audit entry; <c>content export</c> writes the
/// published state back to files, for a backup or a commit.
/// </summary>
public sealed class ContentTransfer(IDbContextFactory<StaffDbContext> contexts, SharedState shared, ContentLoader loader, AuditLog audit, TimeProvider time)
{
    /// <summary>Any number; one lock so that two nodes filling an empty database, or an import beside a publish start, take turns.</summary>
    private const long ImportLock = 0x7461_6275_6e6b_61;

    /// <summary>
    /// Publishes every content file under <paramref name="folder"/> whose text differs from the
    /// published one, unless staff changed the published file since its last import: that one
    /// is reported and left as it is, so an import never undoes an editor's correction. The
    /// folder is checked as the site would load it, as a whole: a file with an error is refused
    /// (reported, not published), as a publish from the editor would be.
    /// </summary>
    public async Task<ImportReport> ImportAsync(string folder, string actor, CancellationToken cancel = default)
    {
        Require();
        var refused = loader.Load(folder).Problems.Where(p => p.IsError).ToList();
        var refusedPaths = refused.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var published = new List<string>();
        var changedByStaff = new List<string>();
        var skipped = new List<string>();
        var unchanged = 0;
        Dictionary<string, string> publishedHashes;
        await using (var read = await contexts.CreateDbContextAsync(cancel))
        {
            publishedHashes = await read.SharedFiles.AsNoTracking().Where(f => f.Area == SharedFile.Content).ToDictionaryAsync(f => f.Path, f => f.Hash, cancel);
        }

        foreach (var path in ContentFilesUnder(folder))
        {
            cancel.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (ContentKey.FromRelativePath(relative) is not { } key)
            {
                skipped.Add(relative);
                continue;
            }

            if (refusedPaths.Contains(relative))
            {
                continue;
            }

            var text = await File.ReadAllTextAsync(path, cancel);
            var hash = FileHash.Of(text);
            if (publishedHashes.GetValueOrDefault(relative) == hash)
            {
                // Most files of a deployment are unchanged: no transaction for them.
                unchanged++;
                continue;
            }

            await using var db = await contexts.CreateDbContextAsync(cancel);
            await using var transaction = await db.Database.BeginTransactionAsync(cancel);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ImportLock})", cancel);
            var row = await SharedState.FindAsync(db, SharedFile.Content, relative);
            if (row?.Hash == hash)
            {
                unchanged++;
                continue;
            }

            if (row is not null && row.Hash != row.ImportedHash)
            {
                changedByStaff.Add(relative);
                continue;
            }

            var now = time.GetUtcNow().UtcDateTime;
            db.Revisions.Add(PublishService.Revision(key, text, "published", actor, now, pending: false));
            db.Audit.Add(audit.Entry(actor, "publish", relative, row is null ? "imported (new file)" : "imported"));
            await db.SaveChangesAsync(cancel);
            await shared.RecordAsync(db, SharedFile.Content, relative, text, actor, now, import: true);
            await transaction.CommitAsync(cancel);
            published.Add(relative);
        }

        return new ImportReport(published, unchanged, changedByStaff, skipped, refused);
    }

    /// <summary>True when no content has been published to the database yet (a new cluster).</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancel = default)
    {
        Require();
        await using var db = await contexts.CreateDbContextAsync(cancel);
        return !await db.SharedFiles.AnyAsync(f => f.Area == SharedFile.Content, cancel);
    }

    /// <summary>Writes every published content file under <paramref name="folder"/>; returns how many.</summary>
    public async Task<int> ExportAsync(string folder, CancellationToken cancel = default)
    {
        Require();
        await using var db = await contexts.CreateDbContextAsync(cancel);
        var count = 0;
        await foreach (var file in db.SharedFiles.AsNoTracking().Where(f => f.Area == SharedFile.Content).OrderBy(f => f.Path).AsAsyncEnumerable().WithCancellation(cancel))
        {
            if (file.Text.Length == 0 || SharedContentSync.LocalPath(folder, file.Path) is not { } path)
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.WriteAllText(path, file.Text);
            count++;
        }

        return count;
    }

    /// <summary>The files a content folder publishes: guides (<c>*.md</c>) and places (<c>*.yml</c>), not hidden ones.</summary>
    public static IEnumerable<string> ContentFilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal))
            .Where(p => !Path.GetRelativePath(folder, p).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);

    private void Require()
    {
        if (!shared.Enabled)
        {
            throw new InvalidOperationException("content import and export need Tabunka:Database:Provider=postgresql; with SQLite the content folder itself is the published state");
        }
    }
}
