using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Staff.Accounts;
using Kawasaki.Tabunka.Staff.Audit;
using Kawasaki.Tabunka.Staff.Banner;
using Kawasaki.Tabunka.Staff.Data;
using Kawasaki.Tabunka.Staff.Drafts;
using Kawasaki.Tabunka.Staff.History;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Staff.Tests;

/// <summary>
/// The findings of the staff-area review, each as the behaviour that now holds: an open page
/// acts on the account as it is now; passwords, the audit log and sign-in attempts have
/// bounds; restoring and publishing lose nothing, even across a crash.
/// </summary>
public abstract class HardeningTests(StaffDatabaseKind database) : IAsyncLifetime
{
    private static readonly ContentKey English = new("disaster", "call-119", "en");
    private StaffHarness _staff = null!;

    public async Task InitializeAsync()
    {
        _staff = await StaffHarness.CreateAsync(database);
        _staff.WriteGuide("disaster/call-119/ja-easy.md", StaffHarness.Guide("{火事|かじ}", "{火事|かじ}です。"));
        _staff.WriteGuide("disaster/call-119/en.md", StaffHarness.Guide("Call 119"));
    }

    public async Task DisposeAsync() => await _staff.DisposeAsync();

    private DraftService Drafts => _staff.Get<DraftService>();

    private PublishService Publisher => _staff.Get<PublishService>();

    private async Task<T> Scoped<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = _staff.Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    private async Task<Draft> SaveAsync(StaffActor actor, string title)
    {
        var (text, draft, baseHash) = await Drafts.StartAsync(English);
        var form = Editing.GuideForm.FromText(text);
        form.Title = title;
        var result = await Drafts.SaveAsync(actor, English, form.ToText(), draft?.Version, baseHash);
        Assert.True(result.Succeeded, result.Message);
        return result.Draft!;
    }

    [Fact]
    public async Task An_account_disabled_while_its_page_is_open_can_no_longer_save_publish_restore_or_set_the_banner()
    {
        var (publisher, _) = await _staff.AddUserAsync("publisher@example.jp", StaffRoles.Publisher);
        var draft = await SaveAsync(publisher, "Call 119 now");
        await Scoped(s => s.GetRequiredService<UserAdmin>().DisableAsync("operator", "publisher@example.jp"));

        Assert.Equal(SaveOutcome.SignedOut, (await Drafts.SaveAsync(publisher, English, "x", draft.Version, null)).Outcome);
        Assert.Equal(SaveOutcome.SignedOut, (await Publisher.PublishAsync(publisher, English, draft.Version)).Outcome);
        Assert.Equal(SaveOutcome.SignedOut, (await _staff.Get<HistoryService>().RestoreAsync(publisher, 1, draft.Version)).Outcome);
        var banner = await _staff.Get<BannerService>().SetAsync(publisher, new Dictionary<string, string> { ["ja-easy"] = "じしん", ["en"] = "Earthquake" }, DateTime.UtcNow, null);
        Assert.Equal(SaveOutcome.SignedOut, banner.Outcome);
        Assert.False(await Drafts.AutosaveAsync(publisher, English, "typed after the account was disabled"));
        Assert.Contains("title: \"Call 119\"", _staff.ReadGuide("disaster/call-119/en.md"), StringComparison.Ordinal);
        Assert.Null(_staff.Get<Core.Banner.BannerStore>().Current);
    }

    [Fact]
    public async Task A_new_password_a_reset_or_a_new_role_ends_what_an_open_page_may_do()
    {
        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        await Scoped(s => s.GetRequiredService<UserAdmin>().SetRoleAsync("operator", "editor@example.jp", StaffRoles.Translator, ["vi"]));
        Assert.Equal(SaveOutcome.SignedOut, (await Drafts.SaveAsync(editor, English, "x", null, null)).Outcome);

        var (other, _) = await _staff.AddUserAsync("other@example.jp", StaffRoles.Editor);
        await Scoped(s => s.GetRequiredService<UserAdmin>().ResetPasswordAsync("operator", "other@example.jp"));
        Assert.Null(await _staff.Get<StaffAccounts>().VerifyAsync(other));
    }

    [Fact]
    public async Task A_role_change_takes_effect_for_a_freshly_verified_actor()
    {
        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        var result = await Scoped(s => s.GetRequiredService<UserAdmin>().SetRoleAsync("operator", "editor@example.jp", StaffRoles.Translator, ["vi"]));
        Assert.True(result.Succeeded, result.Message);

        var user = await Scoped(s => s.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync("editor@example.jp"));
        var fresh = await _staff.Get<StaffAccounts>().VerifyAsync(StaffAccounts.ActorFor(user!, [], user!.SecurityStamp));
        Assert.Equal([StaffRoles.Translator], fresh!.Roles);
        Assert.False(fresh.CanEdit("en"));
        Assert.True(fresh.CanEdit("vi"));
    }

    [Fact]
    public async Task The_one_time_password_cannot_be_kept_as_the_new_password()
    {
        var (_, oneTime) = await _staff.AddUserAsync("new@example.jp", StaffRoles.Editor);
        var (same, changed) = await Scoped(async s =>
        {
            var users = s.GetRequiredService<UserManager<StaffUser>>();
            var admin = s.GetRequiredService<UserAdmin>();
            var user = (await users.FindByEmailAsync("new@example.jp"))!;
            var same = await admin.ChangePasswordAsync(user, oneTime, oneTime);
            var changed = await admin.ChangePasswordAsync(user, oneTime, "a fresh long passphrase");
            return (same, changed);
        });

        Assert.False(same.Succeeded);
        Assert.Equal("the new password must be different from the current one", same.Message);
        Assert.True(changed.Succeeded, changed.Message);
    }

    [Fact]
    public async Task Nothing_typed_into_a_form_is_stored_unbounded_or_with_control_characters()
    {
        var huge = new string('a', 1_000_000) + "@example.jp";
        await _staff.Get<AuditLog>().WriteAsync(huge, "sign-in-failed", "x\r\n[ERR] forged", new string('d', 10_000));

        var entry = (await _staff.Get<AuditLog>().RecentAsync(1)).Single();
        Assert.Equal(AuditLog.MaxActor, entry.Actor.Length);
        Assert.Equal(AuditLog.MaxDetail, entry.Detail!.Length);
        Assert.Equal("x  [ERR] forged", entry.Target);
    }

    [Fact]
    public void Failed_sign_ins_slow_further_attempts_down_per_address_and_per_account_instead_of_locking()
    {
        var clock = new ManualClock();
        var throttle = new SignInThrottle(clock);
        for (var i = 0; i < SignInThrottle.FreeFailures; i++)
        {
            Assert.Equal(TimeSpan.Zero, throttle.DelayFor("192.0.2.1", "a@example.jp"));
            throttle.Failed("192.0.2.1", "a@example.jp");
        }

        throttle.Failed("192.0.2.1", "a@example.jp");
        Assert.Equal(TimeSpan.FromSeconds(1), throttle.DelayFor("198.51.100.7", "A@EXAMPLE.JP"));
        Assert.Equal(TimeSpan.Zero, throttle.DelayFor("192.0.2.1", "b@example.jp"));
        for (var i = 0; i < SignInThrottle.FreeFailuresPerAddress; i++)
        {
            throttle.Failed("192.0.2.1", $"guess{i}@example.jp");
        }

        Assert.Equal(TimeSpan.FromSeconds(8), throttle.DelayFor("192.0.2.1", "b@example.jp"));
        for (var i = 0; i < 20; i++)
        {
            throttle.Failed("192.0.2.1", "a@example.jp");
        }

        Assert.Equal(SignInThrottle.MaxDelay, throttle.DelayFor("192.0.2.1", "a@example.jp"));
        clock.Advance(SignInThrottle.Window + TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, throttle.DelayFor("192.0.2.1", "a@example.jp"));
    }

    [Fact]
    public async Task Restore_replaces_only_the_draft_the_person_saw_and_keeps_the_one_it_replaces()
    {
        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        var first = await SaveAsync(editor, "First draft");
        Assert.True((await Publisher.PublishAsync(editor, English, first.Version)).Succeeded);
        var history = _staff.Get<HistoryService>();
        var published = (await history.ListAsync(English)).First(r => r.Action == "published");

        // The history page opens with no draft; a colleague then saves one.
        var colleagues = await SaveAsync(editor, "Colleague's newer draft");
        var refused = await history.RestoreAsync(editor, published.Id, expectedDraftVersion: null);
        Assert.Equal(SaveOutcome.Conflict, refused.Outcome);
        Assert.Contains("Colleague's newer draft", (await Drafts.FindAsync(English))!.Text, StringComparison.Ordinal);

        // Seen and replaced on purpose: the colleague's text stays in the history.
        var restored = await history.RestoreAsync(editor, published.Id, colleagues.Version);
        Assert.True(restored.Succeeded, restored.Message);
        Assert.Contains(await history.ListAsync(English), r => r.Action == "draft-replaced" && r.Text.Contains("Colleague's newer draft", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_publish_interrupted_after_its_intent_was_recorded_is_finished_at_start()
    {
        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        var draft = await SaveAsync(editor, "Call 119 at once");
        var text = draft.Text;

        // What a crash between the database commit and the file write leaves behind.
        await using (var db = await _staff.Get<IDbContextFactory<StaffDbContext>>().CreateDbContextAsync())
        {
            db.Revisions.Add(new GuideRevision
            {
                Topic = English.Topic, GuideId = English.GuideId, Language = English.Language, Text = text, FileHash = FileHash.Of(text),
                BodyRevision = "", Action = "published", By = editor.Email, At = DateTime.UtcNow, Pending = true,
                ReplacesHash = FileHash.Of(_staff.ReadGuide("disaster/call-119/en.md")),
            });
            db.Drafts.Remove(await db.Drafts.SingleAsync());
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await Publisher.RecoverAsync());
        Assert.Contains("Call 119 at once", _staff.ReadGuide("disaster/call-119/en.md"), StringComparison.Ordinal);
        Assert.Contains(await _staff.Get<HistoryService>().ListAsync(English), r => r.Action == "published" && !r.Pending);
        Assert.Equal(0, await Publisher.RecoverAsync());

        // The next publish meets no phantom conflict.
        var next = await SaveAsync(editor, "Call 119 now");
        Assert.True((await Publisher.PublishAsync(editor, English, next.Version)).Succeeded);
    }

    [Fact]
    public async Task An_interrupted_publish_whose_file_was_edited_by_hand_meanwhile_becomes_a_draft_again()
    {
        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        await using (var db = await _staff.Get<IDbContextFactory<StaffDbContext>>().CreateDbContextAsync())
        {
            db.Revisions.Add(new GuideRevision
            {
                Topic = English.Topic, GuideId = English.GuideId, Language = English.Language, Text = "the text to publish", FileHash = FileHash.Of("the text to publish"),
                BodyRevision = "", Action = "published", By = editor.Email, At = DateTime.UtcNow, Pending = true, ReplacesHash = "0000000000000000",
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await Publisher.RecoverAsync());
        Assert.Contains("title: \"Call 119\"", _staff.ReadGuide("disaster/call-119/en.md"), StringComparison.Ordinal);
        Assert.Equal("the text to publish", (await Drafts.FindAsync(English))!.Text);
    }

    [Fact]
    public async Task A_translator_may_translate_a_guide_but_not_start_a_new_one()
    {
        var (translator, _) = await _staff.AddUserAsync("translator@example.jp", StaffRoles.Translator, "en");
        var newGuide = new ContentKey("disaster", "my-new-guide", "en");
        var (text, _, _) = await Drafts.StartAsync(newGuide);

        var refused = await Drafts.SaveAsync(translator, newGuide, text, null, null);

        Assert.Equal(SaveOutcome.Forbidden, refused.Outcome);
        Assert.Null(await Drafts.FindAsync(newGuide));
        Assert.True((await Drafts.SaveAsync(translator, English, _staff.ReadGuide("disaster/call-119/en.md") + "More.\n", null, FileHash.Of(_staff.ReadGuide("disaster/call-119/en.md")))).Succeeded);
    }

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}

/// <summary>The tests above on SQLite, the single-node default.</summary>
public sealed class HardeningTestsOnSqlite() : HardeningTests(StaffDatabaseKind.Sqlite);

/// <summary>The same tests on the shared PostgreSQL database of several nodes.</summary>
public sealed class HardeningTestsOnPostgreSql() : HardeningTests(StaffDatabaseKind.PostgreSql);
