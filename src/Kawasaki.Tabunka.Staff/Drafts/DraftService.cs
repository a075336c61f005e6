using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Staff.Accounts;
using Kawasaki.Tabunka.Staff.Audit;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.EntityFrameworkCore;

namespace Kawasaki.Tabunka.Staff.Drafts;

/// <summary>
/// Drafts: the shared working copy of a guide in one language (saved with a version check,
/// submitted for review) and each person's autosave buffer (saved without checks, so typing
/// is never lost).
/// </summary>
public sealed class DraftService(IDbContextFactory<StaffDbContext> contexts, PublishedFiles files, ContentStore content, StaffAccounts accounts, AuditLog audit, TimeProvider time)
{
    public async Task<Draft?> FindAsync(ContentKey key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.Topic == key.Topic && d.GuideId == key.GuideId && d.Language == key.Language);
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
    public async Task<DraftResult> SaveAsync(StaffActor actor, ContentKey key, string text, int? expectedVersion, string? baseFileHash)
    {
        if (await accounts.VerifyAsync(actor) is not { } verified)
        {
            return DraftResult.SignedOut;
        }

        actor = verified;
        if (!actor.CanEdit(key))
        {
            return DraftResult.Forbidden($"you may not edit {key.RelativePath}");
        }

        if (!actor.CanCreateGuides && IsNew(key))
        {
            return DraftResult.Forbidden("only an editor may start a new guide or place; translators translate existing ones");
        }

        await AutosaveAsync(actor, key, text);
        await using var db = await contexts.CreateDbContextAsync();
        var draft = await db.Drafts.SingleOrDefaultAsync(d => d.Topic == key.Topic && d.GuideId == key.GuideId && d.Language == key.Language);
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

            draft.Replace(text, actor.Email, now);
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another save won the race between our read and our write.
            await using var fresh = await contexts.CreateDbContextAsync();
            var theirs = await fresh.Drafts.AsNoTracking().SingleAsync(d => d.Topic == key.Topic && d.GuideId == key.GuideId && d.Language == key.Language);
            return Conflict(theirs.Text, theirs.UpdatedBy, theirs.UpdatedAt);
        }

        await audit.WriteAsync(actor.Email, "save", key.RelativePath, $"draft version {draft.Version}");
        return new DraftResult(SaveOutcome.Saved, draft);
    }

    /// <summary>Asks for review: an editor or publisher may then publish the draft.</summary>
    public async Task<DraftResult> SubmitAsync(StaffActor actor, ContentKey key, int expectedVersion)
    {
        if (await accounts.VerifyAsync(actor) is not { } verified)
        {
            return DraftResult.SignedOut;
        }

        actor = verified;
        if (!actor.CanEdit(key))
        {
            return DraftResult.Forbidden($"you may not edit {key.RelativePath}");
        }

        await using var db = await contexts.CreateDbContextAsync();
        var draft = await db.Drafts.SingleOrDefaultAsync(d => d.Topic == key.Topic && d.GuideId == key.GuideId && d.Language == key.Language);
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

    /// <summary>
    /// Keeps what the actor typed, without a version check; called every few seconds by the
    /// editor. False (and nothing kept) when the account may no longer edit.
    /// </summary>
    public async Task<bool> AutosaveAsync(StaffActor actor, ContentKey key, string text)
    {
        if (await accounts.VerifyAsync(actor) is not { } verified || !verified.CanEdit(key))
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync();
        var buffer = await db.Autosaves.SingleOrDefaultAsync(a => a.UserId == actor.UserId && a.Topic == key.Topic && a.GuideId == key.GuideId && a.Language == key.Language);
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
        return true;
    }

    public async Task<AutosaveBuffer?> FindAutosaveAsync(StaffActor actor, ContentKey key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Autosaves.AsNoTracking().SingleOrDefaultAsync(a => a.UserId == actor.UserId && a.Topic == key.Topic && a.GuideId == key.GuideId && a.Language == key.Language);
    }

    /// <summary>
    /// The text to start editing from: the draft, else the published file, else a new file:
    /// a translation gets the current easy Japanese revision as its <c>source</c>, a place file
    /// the keys it needs.
    /// </summary>
    public async Task<(string Text, Draft? Draft, string? BaseFileHash)> StartAsync(ContentKey key)
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

        if (key.IsPlaceFacts)
        {
            return ("kind: consultation\nofficial_name: \"\"\nsource: \"\"\n", null, null);
        }

        if (key.IsPlace)
        {
            return ("name: \"\"\nsummary: \"\"\n", null, null);
        }

        var source = content.Current.Find(key.GuideId)?.Source;
        var file = GuideFile.Create(
        [
            ("title", ""),
            ("summary", ""),
            ("updated", JapanTime.Today(time)),
            ("source", key.Language != LanguageRegistry.SourceLanguageId ? source?.Revision : null),
        ], "");
        return (file.ToText(), null, null);
    }

    /// <summary>A guide or place that does not exist yet, published or as a draft of any language.</summary>
    private bool IsNew(ContentKey key) =>
        key.IsPlace ? content.Current.Places.Find(key.GuideId) is null && files.Read(ContentKey.Place(key.GuideId, ContentKey.PlaceFacts)) is null
            : content.Current.Find(key.GuideId) is null && !content.Current.Unavailable.ContainsKey(key.GuideId);

    private static DraftResult Conflict(string? theirText, string? author, DateTime? at) =>
        new(SaveOutcome.Conflict, TheirText: theirText, TheirAuthor: author, TheirTime: at,
            Message: "someone else saved or published this guide since you opened it; your text is kept and nothing was overwritten");
}
