using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Banner;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Staff.Accounts;
using Kawasaki.Tabunka.Staff.Audit;
using Kawasaki.Tabunka.Staff.Drafts;

namespace Kawasaki.Tabunka.Staff.Banner;

/// <summary>The outcome of setting or clearing the banner, with the problems that stopped it.</summary>
public sealed record BannerResult(SaveOutcome Outcome, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Outcome == SaveOutcome.Saved;
}

/// <summary>
/// Setting and clearing the emergency banner, for the staff page and the <c>banner</c> verbs:
/// only publishers and admins (and the operator), only a valid banner, always audited.
/// </summary>
public sealed class BannerService(BannerStore store, ContentStore content, LanguageRegistry languages, StaffAccounts accounts, AuditLog audit, TimeProvider time)
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

        store.Set(new EmergencyBanner(texts, startsAt, endsAt, actor.Email, time.GetUtcNow().UtcDateTime, guide));
        await audit.WriteAsync(actor.Email, "banner-set", null, string.Join(" | ", texts.Select(kv => $"{kv.Key}: {kv.Value}")));
        return new BannerResult(SaveOutcome.Saved, []);
    }

    public async Task<BannerResult> ClearAsync(StaffActor actor)
    {
        if (await Check(actor) is { } refused)
        {
            return refused;
        }

        store.Clear();
        await audit.WriteAsync(actor.Email, "banner-clear");
        return new BannerResult(SaveOutcome.Saved, []);
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
