using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Staff.Accounts;
using Kawasaki.Tabunka.Staff.Audit;
using Kawasaki.Tabunka.Staff.Data;
using Kawasaki.Tabunka.Staff.Drafts;
using Microsoft.EntityFrameworkCore;

namespace Kawasaki.Tabunka.Staff.History;

public enum DiffKind
{
    Same,
    Added,
    Removed,
}

/// <summary>A line of a diff.</summary>
public sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>
/// The history of a guide in one language: every published text and every file a publish
/// replaced, newest first, each with what changed. Restoring one makes it a new draft.
/// </summary>
public sealed class HistoryService(IDbContextFactory<StaffDbContext> contexts, PublishedFiles files, StaffAccounts accounts, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<GuideRevision>> ListAsync(ContentKey key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Revisions.AsNoTracking()
            .Where(r => r.Topic == key.Topic && r.GuideId == key.GuideId && r.Language == key.Language && !r.Pending)
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .ToListAsync();
    }

    /// <summary>The easy Japanese text as it was at a body revision, when history has it.</summary>
    public async Task<string?> SourceAtAsync(string guideId, string bodyRevision)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Revisions.AsNoTracking()
            .Where(r => r.GuideId == guideId && r.Language == LanguageRegistry.SourceLanguageId && r.BodyRevision == bodyRevision && r.Topic != Core.Places.PlaceDirectory.FolderName)
            .OrderByDescending(r => r.At)
            .Select(r => r.Text)
            .FirstOrDefaultAsync();
    }

    public static IReadOnlyList<DiffLine> Diff(string? before, string after)
    {
        var model = InlineDiffBuilder.Diff(before ?? "", after, ignoreWhiteSpace: false);
        return model.Lines.Select(l => new DiffLine(
            l.Type switch { ChangeType.Inserted => DiffKind.Added, ChangeType.Deleted => DiffKind.Removed, _ => DiffKind.Same },
            l.Text)).ToList();
    }

    /// <summary>
    /// Makes a revision the draft, to be reviewed and published like any other.
    /// <paramref name="expectedDraftVersion"/> is the draft version the person saw when they
    /// opened the history (null: there was no draft): if the draft has moved on since, nothing
    /// is replaced and the current draft comes back as a conflict. A draft that is replaced is
    /// kept in the history, so a restore never loses a colleague's text.
    /// </summary>
    public async Task<DraftResult> RestoreAsync(StaffActor actor, int revisionId, int? expectedDraftVersion)
    {
        if (await accounts.VerifyAsync(actor) is not { } verified)
        {
            return DraftResult.SignedOut;
        }

        actor = verified;
        await using var db = await contexts.CreateDbContextAsync();
        var revision = await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == revisionId);
        if (revision is null)
        {
            return new DraftResult(SaveOutcome.NotFound, Message: "no such revision");
        }

        var key = new ContentKey(revision.Topic, revision.GuideId, revision.Language);
        if (!actor.CanEdit(key))
        {
            return DraftResult.Forbidden($"you may not edit {key.RelativePath}");
        }

        var draft = await db.Drafts.SingleOrDefaultAsync(d => d.Topic == key.Topic && d.GuideId == key.GuideId && d.Language == key.Language);
        var now = time.GetUtcNow().UtcDateTime;
        if (draft is null && expectedDraftVersion is not null)
        {
            return new DraftResult(SaveOutcome.Conflict, TheirText: files.Read(key), TheirAuthor: "published",
                Message: "the draft you saw was published or removed since; open the guide again so nothing is lost");
        }

        if (draft is null)
        {
            draft = new Draft { Topic = key.Topic, GuideId = key.GuideId, Language = key.Language, Text = revision.Text, BaseFileHash = files.Hash(key), UpdatedBy = actor.Email, UpdatedAt = now };
            db.Drafts.Add(draft);
        }
        else if (draft.Version != expectedDraftVersion)
        {
            return new DraftResult(SaveOutcome.Conflict, TheirText: draft.Text, TheirAuthor: draft.UpdatedBy, TheirTime: draft.UpdatedAt,
                Message: "there is a newer draft; open it first so nothing is lost");
        }
        else
        {
            db.Revisions.Add(new GuideRevision
            {
                Topic = key.Topic, GuideId = key.GuideId, Language = key.Language, Text = draft.Text, FileHash = FileHash.Of(draft.Text),
                BodyRevision = "", Action = "draft-replaced", By = draft.UpdatedBy, At = now,
            });
            draft.Replace(revision.Text, actor.Email, now);
            draft.BaseFileHash = files.Hash(key);
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A save or another restore won the race between our read and our write.
            await using var fresh = await contexts.CreateDbContextAsync();
            var theirs = await fresh.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.Topic == key.Topic && d.GuideId == key.GuideId && d.Language == key.Language);
            return new DraftResult(SaveOutcome.Conflict, TheirText: theirs?.Text, TheirAuthor: theirs?.UpdatedBy, TheirTime: theirs?.UpdatedAt,
                Message: "someone saved this guide at the same moment; nothing was replaced");
        }

        await audit.WriteAsync(actor.Email, "restore", key.RelativePath, $"revision {revision.Id} of {JapanTime.Format(revision.At)}");
        return new DraftResult(SaveOutcome.Saved, draft);
    }
}
