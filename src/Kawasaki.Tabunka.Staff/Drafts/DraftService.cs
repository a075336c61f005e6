using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Staff.Audit;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.EntityFrameworkCore;

namespace Kawasaki.Tabunka.Staff.Drafts;

/// <summary>
/// Drafts: the shared working copy of a guide in one language (saved with a version check,
/// submitted for review) and each person's autosave buffer (saved without checks, so typing
/// is never lost).
/// </summary>
public sealed class DraftService(IDbContextFactory<StaffDbContext> contexts, PublishedFiles files, ContentStore content, AuditLog audit, TimeProvider time)
{
    public async Task<Draft?> FindAsync(GuideKey key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.GuideId == key.GuideId && d.Language == key.Language);
    }

    /// <summary>Drafts by guide and language, for the dashboard.</summary>
    public async Task<IReadOnlyList<Draft>> AllAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Drafts.AsNoTracking().ToListAsync();
    }

    /// <summary>
    /// Saves <paramref name="text"/> as the draft. <paramref name="expectedVersion"/> is the
    /// draft version the text was based on (null when there was no draft): if the draft has
    /// moved on, nothing is overwritten and the current draft comes back to be shown.
    /// </summary>
    public async Task<DraftResult> SaveAsync(StaffActor actor, GuideKey key, string text, int? expectedVersion, string? baseFileHash)
    {
        if (!actor.CanEdit(key.Language))
        {
            return DraftResult.Forbidden($"you may not edit {key.Language}");
        }

        await AutosaveAsync(actor, key, text);
        await using var db = await contexts.CreateDbContextAsync();
        var draft = await db.Drafts.SingleOrDefaultAsync(d => d.GuideId == key.GuideId && d.Language == key.Language);
        var now = time.GetUtcNow().UtcDateTime;
        if (draft is null)
        {
            if (expectedVersion is not null || baseFileHash != files.Hash(key))
            {
                return Conflict(files.Read(key), "published", null);
            }

            draft = new Draft { Topic = key.Topic, GuideId = key.GuideId, Language = key.Language, Text = text, BaseFileHash = baseFileHash, UpdatedBy = actor.Email, UpdatedAt = now };
            db.Drafts.Add(draft);
        }
        else
        {
            if (draft.Version != expectedVersion)
            {
                return Conflict(draft.Text, draft.UpdatedBy, draft.UpdatedAt);
            }

            draft.Text = text;
            draft.Version++;
            draft.State = DraftState.Editing;
            draft.UpdatedBy = actor.Email;
            draft.UpdatedAt = now;
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another save won the race between our read and our write.
            await using var fresh = await contexts.CreateDbContextAsync();
            var theirs = await fresh.Drafts.AsNoTracking().SingleAsync(d => d.GuideId == key.GuideId && d.Language == key.Language);
            return Conflict(theirs.Text, theirs.UpdatedBy, theirs.UpdatedAt);
        }

        await audit.WriteAsync(actor.Email, "save", key.RelativePath, $"draft version {draft.Version}");
        return new DraftResult(SaveOutcome.Saved, draft);
    }

    /// <summary>Asks for review: an editor or publisher may then publish the draft.</summary>
    public async Task<DraftResult> SubmitAsync(StaffActor actor, GuideKey key, int expectedVersion)
    {
        if (!actor.CanEdit(key.Language))
        {
            return DraftResult.Forbidden($"you may not edit {key.Language}");
        }

        await using var db = await contexts.CreateDbContextAsync();
        var draft = await db.Drafts.SingleOrDefaultAsync(d => d.GuideId == key.GuideId && d.Language == key.Language);
        if (draft is null)
        {
            return new DraftResult(SaveOutcome.NotFound, Message: "save the draft first");
        }

        if (draft.Version != expectedVersion)
        {
            return Conflict(draft.Text, draft.UpdatedBy, draft.UpdatedAt);
        }

        draft.State = DraftState.Submitted;
        draft.SubmittedBy = actor.Email;
        draft.SubmittedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        await audit.WriteAsync(actor.Email, "submit", key.RelativePath, $"draft version {draft.Version}");
        return new DraftResult(SaveOutcome.Saved, draft);
    }

    /// <summary>Keeps what the actor typed, without any check; called every few seconds by the editor.</summary>
    public async Task AutosaveAsync(StaffActor actor, GuideKey key, string text)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var buffer = await db.Autosaves.SingleOrDefaultAsync(a => a.UserId == actor.UserId && a.GuideId == key.GuideId && a.Language == key.Language);
        if (buffer is null)
        {
            db.Autosaves.Add(new AutosaveBuffer { UserId = actor.UserId, Topic = key.Topic, GuideId = key.GuideId, Language = key.Language, Text = text, SavedAt = time.GetUtcNow().UtcDateTime });
        }
        else if (buffer.Text != text)
        {
            buffer.Text = text;
            buffer.SavedAt = time.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync();
    }

    public async Task<AutosaveBuffer?> FindAutosaveAsync(StaffActor actor, GuideKey key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Autosaves.AsNoTracking().SingleOrDefaultAsync(a => a.UserId == actor.UserId && a.GuideId == key.GuideId && a.Language == key.Language);
    }

    /// <summary>
    /// The text to start editing from: the draft, else the published file, else a new
    /// translation whose <c>source</c> is the current easy Japanese revision.
    /// </summary>
    public async Task<(string Text, Draft? Draft, string? BaseFileHash)> StartAsync(GuideKey key)
    {
        var draft = await FindAsync(key);
        if (draft is not null)
        {
            return (draft.Text, draft, draft.BaseFileHash);
        }

        if (files.Read(key) is { } published)
        {
            return (published, null, FileHash.Of(published));
        }

        var source = content.Current.Find(key.GuideId)?.Source;
        var today = JapanTime.Today(time).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var sourceLine = key.Language != LanguageRegistry.SourceLanguageId && source is not null ? $"source: {source.Revision}\n" : "";
        return ($"---\ntitle: \"\"\nsummary: \"\"\nupdated: {today}\n{sourceLine}---\n\n", null, null);
    }

    private static DraftResult Conflict(string? theirText, string? author, DateTime? at) =>
        new(SaveOutcome.Conflict, TheirText: theirText, TheirAuthor: author, TheirTime: at,
            Message: "someone else saved or published this guide since you opened it; your text is kept and nothing was overwritten");
}
