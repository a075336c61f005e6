using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Kawasaki.Tabunka.Core.Languages;
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
public sealed class HistoryService(IDbContextFactory<StaffDbContext> contexts, PublishedFiles files, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<GuideRevision>> ListAsync(GuideKey key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Revisions.AsNoTracking()
            .Where(r => r.GuideId == key.GuideId && r.Language == key.Language)
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .ToListAsync();
    }

    /// <summary>The easy Japanese text as it was at a body revision, when history has it.</summary>
    public async Task<string?> SourceAtAsync(string guideId, string bodyRevision)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Revisions.AsNoTracking()
            .Where(r => r.GuideId == guideId && r.Language == LanguageRegistry.SourceLanguageId && r.BodyRevision == bodyRevision)
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
    /// Makes a revision the draft, to be reviewed and published like any other. Refused when
    /// a draft exists whose version is not <paramref name="expectedDraftVersion"/>.
    /// </summary>
    public async Task<DraftResult> RestoreAsync(StaffActor actor, int revisionId, int? expectedDraftVersion)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var revision = await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == revisionId);
        if (revision is null)
        {
            return new DraftResult(SaveOutcome.NotFound, Message: "no such revision");
        }

        var key = new GuideKey(revision.Topic, revision.GuideId, revision.Language);
        if (!actor.CanEdit(key.Language))
        {
            return DraftResult.Forbidden($"you may not edit {key.Language}");
        }

        var draft = await db.Drafts.SingleOrDefaultAsync(d => d.GuideId == key.GuideId && d.Language == key.Language);
        var now = time.GetUtcNow().UtcDateTime;
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
            draft.Text = revision.Text;
            draft.Version++;
            draft.State = DraftState.Editing;
            draft.BaseFileHash = files.Hash(key);
            draft.UpdatedBy = actor.Email;
            draft.UpdatedAt = now;
        }

        await db.SaveChangesAsync();
        await audit.WriteAsync(actor.Email, "restore", key.RelativePath, $"revision {revision.Id} of {JapanTime.Format(revision.At)}");
        return new DraftResult(SaveOutcome.Saved, draft);
    }
}
