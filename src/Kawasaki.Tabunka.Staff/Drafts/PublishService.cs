using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Staff.Audit;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.EntityFrameworkCore;

namespace Kawasaki.Tabunka.Staff.Drafts;

/// <summary>
/// Publishing a draft: only by an editor, publisher or admin; only a valid text; only when
/// neither the draft nor the published file changed since the publisher looked. The file it
/// replaces is kept as a revision, the new file is written atomically, and the site and
/// search take it up at once.
/// </summary>
public sealed class PublishService(IDbContextFactory<StaffDbContext> contexts, PublishedFiles files, ContentStore content, AuditLog audit, TimeProvider time)
{
    /// <summary>Checks a text as the site will read it, including links to other guides.</summary>
    public IReadOnlyList<ContentProblem> Validate(GuideKey key, string text)
    {
        var problems = new List<ContentProblem>();
        var version = GuideFileReader.Read(key.Topic, key.GuideId, key.Language, key.RelativePath, text, problems);
        if (version is not null)
        {
            var library = content.Current;
            foreach (var (id, line) in version.Markdown.GuideLinks.Where(l => l.Id != key.GuideId && library.Find(l.Id) is null))
            {
                problems.Add(new(key.RelativePath, version.BodyLine + line, $"link to guide '{id}', which does not exist"));
            }

            if (library.Find(key.GuideId) is { } existing && existing.Topic != key.Topic)
            {
                problems.Add(new(key.RelativePath, 1, $"guide id '{key.GuideId}' is already used in topic '{existing.Topic}'"));
            }
        }

        return problems;
    }

    public async Task<DraftResult> PublishAsync(StaffActor actor, GuideKey key, int expectedVersion)
    {
        if (!actor.CanPublish || !actor.CanEdit(key.Language))
        {
            return DraftResult.Forbidden("only an editor or publisher may publish");
        }

        await using var db = await contexts.CreateDbContextAsync();
        var draft = await db.Drafts.SingleOrDefaultAsync(d => d.GuideId == key.GuideId && d.Language == key.Language);
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
        var currentHash = current is null ? null : FileHash.Of(current);
        if (currentHash != draft.BaseFileHash)
        {
            return new DraftResult(SaveOutcome.Conflict, draft, TheirText: current, TheirAuthor: "published",
                Message: "the published file changed since this draft was started; nothing was published");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var text = GuideText.WithUpdated(draft.Text, JapanTime.Today(time)) ?? draft.Text;
        var problems = Validate(key, text);
        if (problems.Any(p => p.IsError))
        {
            return new DraftResult(SaveOutcome.Invalid, draft, Problems: problems, Message: "the text has errors and was not published");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        if (current is not null && !await db.Revisions.AnyAsync(r => r.GuideId == key.GuideId && r.Language == key.Language && r.FileHash == currentHash))
        {
            db.Revisions.Add(Revision(key, current, "replaced", "file on disk", File.GetLastWriteTimeUtc(files.PathOf(key))));
        }

        db.Revisions.Add(Revision(key, text, "published", actor.Email, now));
        db.Drafts.Remove(draft);
        await db.SaveChangesAsync();

        // The file is written last, inside the transaction: a failure leaves the database as
        // it was, and a crash while writing leaves the old file or the new one, never half.
        files.Write(key, text);
        await transaction.CommitAsync();

        await audit.WriteAsync(actor.Email, "publish", key.RelativePath, $"draft version {draft.Version} by {draft.UpdatedBy}");
        content.Reload();
        return new DraftResult(SaveOutcome.Saved, draft);
    }

    private static GuideRevision Revision(GuideKey key, string text, string action, string by, DateTime at) => new()
    {
        Topic = key.Topic,
        GuideId = key.GuideId,
        Language = key.Language,
        Text = text,
        FileHash = FileHash.Of(text),
        BodyRevision = GuideText.Body(text) is { } body ? Core.Content.Revision.Of(body) : "",
        Action = action,
        By = by,
        At = at,
    };
}
