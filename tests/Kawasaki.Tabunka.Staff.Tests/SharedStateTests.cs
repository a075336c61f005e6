using Kawasaki.Tabunka.Core.Banner;
using Kawasaki.Tabunka.Staff.Banner;
using Kawasaki.Tabunka.Staff.Cluster;
using Kawasaki.Tabunka.Staff.Data;
using Kawasaki.Tabunka.Staff.Drafts;
using Microsoft.EntityFrameworkCore;

namespace Kawasaki.Tabunka.Staff.Tests;

/// <summary>
/// Two nodes on one PostgreSQL database, each with its own content and data folders: what one
/// publishes, the other serves; a deployment's files arrive by import without undoing staff
/// corrections; the published state goes back to files by export.
/// </summary>
public sealed class SharedStateTests : IAsyncLifetime
{
    private static readonly ContentKey English = new("disaster", "call-119", "en");
    private readonly CancellationTokenSource _stop = new();
    private StaffHarness _a = null!;
    private StaffHarness _b = null!;
    private Task _bFollows = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _a = await StaffHarness.CreateAsync(StaffDatabaseKind.PostgreSql);
        _a.WriteGuide("disaster/call-119/ja-easy.md", StaffHarness.Guide("{火事|かじ}", "{火事|かじ}です。"));
        _a.WriteGuide("disaster/call-119/en.md", StaffHarness.Guide("Call 119"));
        // Node A starts first on an empty database: it publishes the content it was deployed with.
        var first = await _a.Get<ContentTransfer>().ImportAsync(_a.ContentPath, "system: first start");
        Assert.Equal(2, first.Published.Count);

        // Node B was deployed with an older English text; following the database corrects it.
        _b = await StaffHarness.OnAsync(_a.ConnectionString);
        _b.WriteGuide("disaster/call-119/ja-easy.md", StaffHarness.Guide("{火事|かじ}", "{火事|かじ}です。"));
        _b.WriteGuide("disaster/call-119/en.md", StaffHarness.Guide("Old text from an older deployment"));
        _bFollows = Task.Run(() => _b.Get<SharedContentSync>().RunAsync(_stop.Token));
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _bFollows;
        await _b.DisposeAsync();
        await _a.DisposeAsync();
        _stop.Dispose();
    }

    [Fact]
    public async Task A_node_that_starts_with_an_older_copy_takes_the_published_one()
    {
        await Eventually(() => _b.ReadGuide("disaster/call-119/en.md").Contains("title: \"Call 119\"", StringComparison.Ordinal));
        Assert.True(_b.Get<SharedContentSync>().Connected);
    }

    [Fact]
    public async Task A_guide_published_on_one_node_is_written_on_the_other_with_its_revision_and_audit_entry()
    {
        var (editor, _) = await _a.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        var drafts = _a.Get<DraftService>();
        var (text, _, baseHash) = await drafts.StartAsync(English);
        var saved = await drafts.SaveAsync(editor, English, text.Replace("Call 119", "Call 119 at once", StringComparison.Ordinal), null, baseHash);
        var published = await _a.Get<PublishService>().PublishAsync(editor, English, saved.Draft!.Version);
        Assert.True(published.Succeeded, published.Message);

        await Eventually(() => _b.ReadGuide("disaster/call-119/en.md").Contains("Call 119 at once", StringComparison.Ordinal));
        Assert.Equal(_a.ReadGuide("disaster/call-119/en.md"), _b.ReadGuide("disaster/call-119/en.md"));
        await using var db = await _b.Get<IDbContextFactory<StaffDbContext>>().CreateDbContextAsync();
        Assert.Contains(await db.Audit.ToListAsync(), a => a.Action == "publish" && a.Target == "disaster/call-119/en.md" && a.Actor == "editor@example.jp");
        Assert.Contains(await db.Revisions.ToListAsync(), r => r.Action == "published" && r.Text.Contains("Call 119 at once", StringComparison.Ordinal) && !r.Pending);
    }

    [Fact]
    public async Task A_publish_based_on_a_copy_that_another_node_has_since_replaced_is_refused()
    {
        // Node C has not heard of A's publish yet (it follows nothing): its copy and its
        // draft are based on the text before.
        await using var c = await StaffHarness.OnAsync(_a.ConnectionString);
        c.WriteGuide("disaster/call-119/ja-easy.md", StaffHarness.Guide("{火事|かじ}", "{火事|かじ}です。"));
        c.WriteGuide("disaster/call-119/en.md", StaffHarness.Guide("Call 119"));
        var (onC, _) = await c.AddUserAsync("c@example.jp", StaffRoles.Editor);
        var (cText, _, cBase) = await c.Get<DraftService>().StartAsync(English);

        var (onA, _) = await _a.AddUserAsync("a@example.jp", StaffRoles.Editor);
        var (aText, _, aBase) = await _a.Get<DraftService>().StartAsync(English);
        var aSaved = await _a.Get<DraftService>().SaveAsync(onA, English, aText + "\nA's correction.\n", null, aBase);
        Assert.True((await _a.Get<PublishService>().PublishAsync(onA, English, aSaved.Draft!.Version)).Succeeded);

        var cSaved = await c.Get<DraftService>().SaveAsync(onC, English, cText + "\nC's change.\n", null, cBase);
        Assert.True(cSaved.Succeeded, cSaved.Message);
        var cPublished = await c.Get<PublishService>().PublishAsync(onC, English, cSaved.Draft!.Version);

        Assert.Equal(SaveOutcome.Conflict, cPublished.Outcome);
        Assert.Contains("A's correction.", cPublished.TheirText, StringComparison.Ordinal);
        await using var db = await _a.Get<IDbContextFactory<StaffDbContext>>().CreateDbContextAsync();
        Assert.Contains("A's correction.", (await SharedState.FindAsync(db, SharedFile.Content, "disaster/call-119/en.md"))!.Text, StringComparison.Ordinal);
        Assert.NotNull(await c.Get<DraftService>().FindAsync(English));
    }

    [Fact]
    public async Task A_banner_set_on_one_node_shows_on_the_other_and_clearing_it_clears_both()
    {
        var (publisher, _) = await _a.AddUserAsync("publisher@example.jp", StaffRoles.Publisher);
        var set = await _a.Get<BannerService>().SetAsync(publisher, new Dictionary<string, string> { ["ja-easy"] = "じしん", ["en"] = "Earthquake" }, DateTime.UtcNow, null);
        Assert.True(set.Succeeded, string.Join("; ", set.Problems));

        var onB = _b.Get<BannerStore>();
        await Eventually(() => { onB.Refresh(); return onB.Current?.Texts["en"] == "Earthquake"; });

        Assert.True((await _a.Get<BannerService>().ClearAsync(publisher)).Succeeded);
        await Eventually(() => { onB.Refresh(); return onB.Current is null; });
    }

    [Fact]
    public async Task An_import_publishes_changed_files_and_reports_but_keeps_a_guide_staff_corrected_since()
    {
        var deployment = Directory.CreateTempSubdirectory("deploy-").FullName;
        try
        {
            Write(deployment, "disaster/call-119/ja-easy.md", StaffHarness.Guide("{火事|かじ}", "{火事|かじ}です。"));
            Write(deployment, "disaster/call-119/en.md", StaffHarness.Guide("Call 119"));
            Write(deployment, "disaster/call-119/vi.md", StaffHarness.Guide("Gọi 119"));
            Write(deployment, "notes.txt", "not content");
            var transfer = _a.Get<ContentTransfer>();

            var report = await transfer.ImportAsync(deployment, "cli:test");
            Assert.Equal(["disaster/call-119/vi.md"], report.Published);
            Assert.Equal(2, report.Unchanged);
            Assert.Empty(report.ChangedByStaff);
            await Eventually(() => File.Exists(Path.Combine(_b.ContentPath, "disaster/call-119/vi.md")));

            // An editor corrects the English guide; the next deployment still has the old text
            // with its own change, and a change to the Vietnamese one.
            var (editor, _) = await _a.AddUserAsync("editor@example.jp", StaffRoles.Editor);
            var (text, _, baseHash) = await _a.Get<DraftService>().StartAsync(English);
            var saved = await _a.Get<DraftService>().SaveAsync(editor, English, text + "\nCorrected by staff.\n", null, baseHash);
            Assert.True((await _a.Get<PublishService>().PublishAsync(editor, English, saved.Draft!.Version)).Succeeded);
            Write(deployment, "disaster/call-119/en.md", StaffHarness.Guide("Call 119", "Changed in git."));
            Write(deployment, "disaster/call-119/vi.md", StaffHarness.Guide("Gọi 119 ngay"));

            report = await transfer.ImportAsync(deployment, "cli:test");
            Assert.Equal(["disaster/call-119/vi.md"], report.Published);
            Assert.Equal(["disaster/call-119/en.md"], report.ChangedByStaff);
            Assert.Contains("Corrected by staff.", _a.ReadGuide("disaster/call-119/en.md"), StringComparison.Ordinal);
            await Eventually(() => _b.ReadGuide("disaster/call-119/vi.md").Contains("Gọi 119 ngay", StringComparison.Ordinal));
            Assert.Contains("Corrected by staff.", _b.ReadGuide("disaster/call-119/en.md"), StringComparison.Ordinal);

            // A broken file in a deployment is refused with its problem, and the published one stays.
            Write(deployment, "disaster/call-119/vi.md", "---\ntitle: [unclosed\n---\n\nBroken.\n");
            report = await transfer.ImportAsync(deployment, "cli:test");
            Assert.Empty(report.Published);
            Assert.Contains(report.Refused, p => p.Path == "disaster/call-119/vi.md");
            Assert.Contains("Gọi 119 ngay", _b.ReadGuide("disaster/call-119/vi.md"), StringComparison.Ordinal);

            // Export writes the published state back, staff's correction included.
            var backup = Path.Combine(deployment, "export");
            Assert.Equal(3, await transfer.ExportAsync(backup));
            Assert.Contains("Corrected by staff.", File.ReadAllText(Path.Combine(backup, "disaster/call-119/en.md")), StringComparison.Ordinal);
            Assert.Contains("Gọi 119 ngay", File.ReadAllText(Path.Combine(backup, "disaster/call-119/vi.md")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(deployment, recursive: true);
        }
    }

    [Fact]
    public void A_row_path_that_would_leave_the_content_folder_is_never_written()
    {
        var root = _b.ContentPath;
        Assert.Null(SharedContentSync.LocalPath(root, "../data/staff.db"));
        Assert.Null(SharedContentSync.LocalPath(root, "/etc/passwd"));
        Assert.Null(SharedContentSync.LocalPath(root, "disaster//en.md"));
        Assert.Equal(Path.Combine(root, "disaster", "call-119", "en.md"), SharedContentSync.LocalPath(root, "disaster/call-119/en.md"));
    }

    [Fact]
    public async Task A_database_that_does_not_answer_is_told_apart_from_other_errors()
    {
        var nowhere = new Npgsql.NpgsqlConnectionStringBuilder(_a.ConnectionString) { Port = 1, Timeout = 2 }.ConnectionString;
        await using var down = await StaffHarness.OnAsyncWithoutMigration(nowhere);
        var (publisher, _) = await _a.AddUserAsync("publisher@example.jp", StaffRoles.Publisher);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => down.Get<BannerService>().SetAsync(publisher, new Dictionary<string, string> { ["ja-easy"] = "じしん" }, DateTime.UtcNow, null));
        Assert.True(DatabaseErrors.IsUnavailable(error), error.ToString());
        Assert.Null(down.Get<BannerStore>().Current);

        await using var db = await _a.Get<IDbContextFactory<StaffDbContext>>().CreateDbContextAsync();
        var duplicate = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("CREATE DATABASE postgres"));
        Assert.False(DatabaseErrors.IsUnavailable(duplicate));
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "the other node did not see the change within 30 s");
            await Task.Delay(50);
        }
    }
}
