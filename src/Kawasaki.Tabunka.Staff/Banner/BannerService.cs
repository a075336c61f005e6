using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Banner;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Staff.Accounts;
using Kawasaki.Tabunka.Staff.Audit;
using Kawasaki.Tabunka.Staff.Cluster;
using Kawasaki.Tabunka.Staff.Data;
using Kawasaki.Tabunka.Staff.Drafts;

namespace Kawasaki.Tabunka.Staff.Banner;

/// <summary>The outcome of setting or clearing the banner, with the problems that stopped it.</summary>
public sealed record BannerResult(SaveOutcome Outcome, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Outcome == SaveOutcome.Saved;
}

/// <summary>
/// Setting and clearing the emergency banner, for the staff page and the <c>banner</c> verbs:
/// only publishers and admins (and the operator), only a valid banner, always audited. In
/// PostgreSQL mode the banner is also a shared row, so every node shows it (<see cref="SharedState"/>).
/// </summary>
public sealed class BannerService(BannerStore store, ContentStore content, LanguageRegistry languages, StaffAccounts accounts, AuditLog audit, SharedState shared, Microsoft.EntityFrameworkCore.IDbContextFactory<StaffDbContext> contexts, TimeProvider time)
{
    public async Task<BannerResult> SetAsync(StaffActor actor, IReadOnlyDictionary<string, string> texts, DateTime startsAt, DateTime? endsAt, string? guide = null)
    {
        if (await Check(actor) is { } refused)
        {
            return refused;
        }

        var problems = EmergencyBanner.Validate(texts, startsAt, endsAt, languages).ToList();
        if (guide is not null && content.Current.Find(guide) is null)
        {
            problems.Add($"there is no guide '{guide}' to link to");
        }

        if (problems.Count > 0)
        {
            return new BannerResult(SaveOutcome.Invalid, problems);
        }

        var banner = new EmergencyBanner(texts, startsAt, endsAt, actor.Email, time.GetUtcNow().UtcDateTime, guide);
        var detail = string.Join(" | ", texts.Select(kv => $"{kv.Key}: {kv.Value}"));
        if (shared.Enabled)
        {
            // Shared first: a banner that only this node would show is worse than a clear error.
            await ShareAsync(BannerStore.Serialize(banner), actor.Email, "banner-set", detail);
            store.Set(banner);
        }
        else
        {
            store.Set(banner);
            await audit.WriteAsync(actor.Email, "banner-set", null, detail);
        }

        return new BannerResult(SaveOutcome.Saved, []);
    }

    public async Task<BannerResult> ClearAsync(StaffActor actor)
    {
        if (await Check(actor) is { } refused)
        {
            return refused;
        }

        if (shared.Enabled)
        {
            await ShareAsync("", actor.Email, "banner-clear", null);
            store.Clear();
        }
        else
        {
            store.Clear();
            await audit.WriteAsync(actor.Email, "banner-clear");
        }

        return new BannerResult(SaveOutcome.Saved, []);
    }

    /// <summary>The banner's row and its audit entry in one transaction (an empty text clears it).</summary>
    private async Task ShareAsync(string text, string actor, string action, string? detail)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Audit.Add(audit.Entry(actor, action, null, detail));
        await shared.RecordAsync(db, SharedFile.Data, SharedState.BannerPath, text, actor, time.GetUtcNow().UtcDateTime);
        await transaction.CommitAsync();
    }

    private async Task<BannerResult?> Check(StaffActor actor)
    {
        if (await accounts.VerifyAsync(actor) is not { } verified)
        {
            return new BannerResult(SaveOutcome.SignedOut, [DraftResult.SignedOut.Message!]);
        }

        return verified.CanSetBanner ? null : new BannerResult(SaveOutcome.Forbidden, ["only a publisher or admin may set the banner"]);
    }
}
