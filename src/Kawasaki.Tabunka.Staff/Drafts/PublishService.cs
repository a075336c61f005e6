using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Staff.Accounts;
using Kawasaki.Tabunka.Staff.Audit;
using Kawasaki.Tabunka.Staff.Cluster;
using Kawasaki.Tabunka.Staff.Data;
using Kawasaki.Tabunka.Staff.Editing;
using Microsoft.EntityFrameworkCore;

namespace Kawasaki.Tabunka.Staff.Drafts;

/// <summary>
/// Publishing a draft: only by an editor, publisher or admin; only a valid text; only when
/// neither the draft nor the published file changed since the publisher looked.
/// <para>
/// The order makes a crash at any point recoverable: first the database records the intent
/// (the revision to publish, marked pending, and the file it replaces) and drops the draft in
/// one transaction; then the file is written atomically and its directory synced; then the
/// revision is marked done and the audit entry written. <see cref="RecoverAsync"/> at start
/// finishes any publish that a crash interrupted, so a published file never lacks its
/// revision and the next publish does not meet a phantom conflict.
/// </para>
/// <para>
/// In PostgreSQL mode (<see cref="SharedState"/>) the database is the published state: the
/// revision, the published file's row, the audit entry and the draft's removal are one
/// transaction, whose commit notifies every node; the local file is then only this node's copy.
/// </para>
/// </summary>
public sealed class PublishService(IDbContextFactory<StaffDbContext> contexts, PublishedFiles files, ContentStore content, ContentChecks checks, StaffAccounts accounts, AuditLog audit, SharedState shared, TimeProvider time)
{
    /// <summary>Checks a text as the site will read it, with everything that depends on other files.</summary>
    public IReadOnlyList<ContentProblem> Validate(ContentKey key, string text) => checks.Validate(key, text);

    public async Task<DraftResult> PublishAsync(StaffActor actor, ContentKey key, int expectedVersion)
    {
        if (await accounts.VerifyAsync(actor) is not { } verified)
        {
            return DraftResult.SignedOut;
        }

        actor = verified;
        if (!actor.CanPublish || !actor.CanEdit(key))
        {
            return DraftResult.Forbidden("only an editor or publisher may publish");
        }

        await using var db = await contexts.CreateDbContextAsync();
        var draft = await db.Drafts.SingleOrDefaultAsync(d => d.Topic == key.Topic && d.GuideId == key.GuideId && d.Language == key.Language);
        if (draft is null)
        {
            return new DraftResult(SaveOutcome.NotFound, Message: "there is no draft to publish");
        }

        if (draft.Version != expectedVersion)
        {
            return new DraftResult(SaveOutcome.Conflict, TheirText: draft.Text, TheirAuthor: draft.UpdatedBy, TheirTime: draft.UpdatedAt,
                Message: "the draft changed since you opened it; nothing was published");
        }

        var current = files.Read(key);
        if (shared.Enabled && await SharedState.FindAsync(db, SharedFile.Content, key.RelativePath) is { } row)
        {
            // This node's copy may be a moment behind; the row is what is published.
            current = row.Text.Length == 0 ? null : row.Text;
        }

        var currentHash = current is null ? null : FileHash.Of(current);
        if (currentHash != draft.BaseFileHash)
        {
            return new DraftResult(SaveOutcome.Conflict, draft, TheirText: current, TheirAuthor: "published",
                Message: "the published file changed since this draft was started; nothing was published");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var text = key.IsPlace ? draft.Text : WithUpdated(draft.Text);
        var problems = Validate(key, text);
        if (problems.Any(p => p.IsError))
        {
            return new DraftResult(SaveOutcome.Invalid, draft, Problems: problems, Message: "the text has errors and was not published");
        }

        // 1. The intent, in one transaction with the draft's removal.
        if (current is not null && !await db.Revisions.AnyAsync(r => r.Topic == key.Topic && r.GuideId == key.GuideId && r.Language == key.Language && r.FileHash == currentHash))
        {
            db.Revisions.Add(Revision(key, current, "replaced", "file on disk", File.Exists(files.PathOf(key)) ? File.GetLastWriteTimeUtc(files.PathOf(key)) : now, pending: false));
        }

        var published = Revision(key, text, "published", actor.Email, now, pending: !shared.Enabled);
        published.ReplacesHash = currentHash;
        published.DraftBy = draft.UpdatedBy;
        db.Revisions.Add(published);
        db.Drafts.Remove(draft);
        var detail = $"draft version {draft.Version} by {draft.UpdatedBy}";
        try
        {
            if (shared.Enabled)
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                db.Audit.Add(audit.Entry(actor.Email, "publish", key.RelativePath, detail));
                await db.SaveChangesAsync();
                await shared.RecordAsync(db, SharedFile.Content, key.RelativePath, text, actor.Email, now);
                await transaction.CommitAsync();
            }
            else
            {
                await db.SaveChangesAsync();
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another publish or save took the draft between our read and our write.
            await using var fresh = await contexts.CreateDbContextAsync();
            var theirs = await fresh.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.Topic == key.Topic && d.GuideId == key.GuideId && d.Language == key.Language);
            return new DraftResult(SaveOutcome.Conflict, TheirText: theirs?.Text ?? files.Read(key), TheirAuthor: theirs?.UpdatedBy ?? "published", TheirTime: theirs?.UpdatedAt,
                Message: "someone else saved or published this text at the same moment; nothing was published");
        }

        if (shared.Enabled)
        {
            // Published and announced; this node's copy now, the others' when they hear of it.
            WriteFile(key, text);
            return new DraftResult(SaveOutcome.Saved, draft);
        }

        // 2. The file. 3. The revision is done.
        await CompleteAsync(published.Id, key, text, actor.Email, detail);
        return new DraftResult(SaveOutcome.Saved, draft);
    }

    /// <summary>
    /// Finishes publishes that a crash interrupted: a pending revision whose file is still the
    /// one it replaces (or absent, for a new file) is written now; one whose file is already
    /// the new text is only marked done. A pending revision whose file has since changed in
    /// another way (edited by hand) is not forced over it: its text becomes a draft again, so
    /// nothing is lost, and the audit log says so.
    /// </summary>
    public async Task<int> RecoverAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var pending = await db.Revisions.Where(r => r.Pending).OrderBy(r => r.Id).ToListAsync();
        foreach (var revision in pending)
        {
            var key = new ContentKey(revision.Topic, revision.GuideId, revision.Language);
            var onDisk = files.Hash(key);
            if (onDisk == revision.FileHash || onDisk == revision.ReplacesHash)
            {
                await CompleteAsync(revision.Id, key, revision.Text, revision.By, "completed at start after an interrupted publish");
                continue;
            }

            revision.Pending = false;
            revision.Action = "publish-abandoned";
            if (!await db.Drafts.AnyAsync(d => d.Topic == key.Topic && d.GuideId == key.GuideId && d.Language == key.Language))
            {
                db.Drafts.Add(new Draft
                {
                    Topic = key.Topic, GuideId = key.GuideId, Language = key.Language, Text = revision.Text, BaseFileHash = onDisk,
                    UpdatedBy = revision.By, UpdatedAt = time.GetUtcNow().UtcDateTime,
                });
            }

            await db.SaveChangesAsync();
            await audit.WriteAsync("system", "publish-abandoned", key.RelativePath, "the file changed while the publish was interrupted; the text is a draft again");
        }

        return pending.Count;
    }

    private async Task CompleteAsync(int revisionId, ContentKey key, string text, string actor, string detail)
    {
        WriteFile(key, text, reload: false);
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Revisions.Where(r => r.Id == revisionId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Pending, false));
        }

        await audit.WriteAsync(actor, "publish", key.RelativePath, detail);
        content.Reload();
    }

    private void WriteFile(ContentKey key, string text, bool reload = true)
    {
        if (files.Read(key) != text)
        {
            files.Write(key, text);
        }

        if (reload)
        {
            content.Reload();
        }
    }

    private string WithUpdated(string text)
    {
        var file = GuideFile.Parse(text);
        return file.HasFrontMatter ? file.With("updated", JapanTime.Today(time)).ToText() : text;
    }

    internal static GuideRevision Revision(ContentKey key, string text, string action, string by, DateTime at, bool pending) => new()
    {
        Topic = key.Topic,
        GuideId = key.GuideId,
        Language = key.Language,
        Text = text,
        FileHash = FileHash.Of(text),
        BodyRevision = !key.IsPlace && GuideFile.Parse(text) is { HasFrontMatter: true } file ? Core.Content.Revision.Of(file.Body) : "",
        Action = action,
        By = by,
        At = at,
        Pending = pending,
    };
}
