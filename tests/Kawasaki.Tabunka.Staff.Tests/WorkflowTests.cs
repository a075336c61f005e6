using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Staff.Audit;
using Kawasaki.Tabunka.Staff.Data;
using Kawasaki.Tabunka.Staff.Drafts;
using Kawasaki.Tabunka.Staff.History;

namespace Kawasaki.Tabunka.Staff.Tests;

public abstract class WorkflowTests(StaffDatabaseKind database) : IAsyncLifetime
{
    private static readonly ContentKey English = new("disaster", "call-119", "en");
    private static readonly ContentKey Vietnamese = new("disaster", "call-119", "vi");
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

    [Fact]
    public async Task A_save_stores_a_draft_and_leaves_the_published_file_alone()
    {
        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        var (text, _, baseHash) = await Drafts.StartAsync(English);

        var result = await Drafts.SaveAsync(editor, English, text.Replace("Call 119", "Call 119 now", StringComparison.Ordinal), null, baseHash);

        Assert.True(result.Succeeded);
        Assert.Contains("Call 119 now", (await Drafts.FindAsync(English))!.Text, StringComparison.Ordinal);
        Assert.Contains("title: \"Call 119\"", _staff.ReadGuide("disaster/call-119/en.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_editors_saving_the_same_guide_the_second_is_refused_and_loses_nothing()
    {
        var (first, _) = await _staff.AddUserAsync("first@example.jp", StaffRoles.Editor);
        var (second, _) = await _staff.AddUserAsync("second@example.jp", StaffRoles.Editor);
        var (text, _, baseHash) = await Drafts.StartAsync(English);

        var one = await Drafts.SaveAsync(first, English, text + "\nFirst edit.\n", null, baseHash);
        var two = await Drafts.SaveAsync(second, English, text + "\nSecond edit.\n", null, baseHash);

        Assert.True(one.Succeeded);
        Assert.Equal(SaveOutcome.Conflict, two.Outcome);
        Assert.Contains("First edit.", two.TheirText, StringComparison.Ordinal);
        Assert.Equal("first@example.jp", two.TheirAuthor);
        Assert.Contains("First edit.", (await Drafts.FindAsync(English))!.Text, StringComparison.Ordinal);
        Assert.Contains("Second edit.", (await Drafts.FindAutosaveAsync(second, English))!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_based_on_an_old_draft_version_is_refused()
    {
        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        var (text, _, baseHash) = await Drafts.StartAsync(English);
        var saved = await Drafts.SaveAsync(editor, English, text + "\nA\n", null, baseHash);
        await Drafts.SaveAsync(editor, English, text + "\nB\n", saved.Draft!.Version, baseHash);

        var stale = await Drafts.SaveAsync(editor, English, text + "\nC\n", saved.Draft.Version, baseHash);

        Assert.Equal(SaveOutcome.Conflict, stale.Outcome);
        Assert.EndsWith("B\n", (await Drafts.FindAsync(English))!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translator_may_edit_only_their_languages_and_may_not_publish()
    {
        var (translator, _) = await _staff.AddUserAsync("tran@example.jp", StaffRoles.Translator, "vi");
        var (text, _, baseHash) = await Drafts.StartAsync(English);

        Assert.Equal(SaveOutcome.Forbidden, (await Drafts.SaveAsync(translator, English, text, null, baseHash)).Outcome);

        var (vietnamese, _, viBase) = await Drafts.StartAsync(Vietnamese);
        var saved = await Drafts.SaveAsync(translator, Vietnamese, vietnamese.Replace("title: \"\"", "title: \"Gọi 119\"", StringComparison.Ordinal).Replace("summary: \"\"", "summary: \"Tóm tắt\"", StringComparison.Ordinal), null, viBase);
        Assert.True(saved.Succeeded);
        Assert.True((await Drafts.SubmitAsync(translator, Vietnamese, saved.Draft!.Version)).Succeeded);
        Assert.Equal(SaveOutcome.Forbidden, (await Publisher.PublishAsync(translator, Vietnamese, saved.Draft.Version)).Outcome);
        Assert.False(File.Exists(Path.Combine(_staff.ContentPath, "disaster/call-119/vi.md")));
    }

    [Fact]
    public async Task A_new_translation_starts_with_the_current_source_revision_and_publishes_as_current()
    {
        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        var (text, draft, baseHash) = await Drafts.StartAsync(Vietnamese);
        Assert.Null(draft);
        Assert.Null(baseHash);
        var source = _staff.Get<ContentStore>().Current.Find("call-119")!.Source!.Revision;
        Assert.Contains($"source: {source}", text, StringComparison.Ordinal);

        var form = Kawasaki.Tabunka.Staff.Editing.GuideForm.FromText(text);
        (form.Title, form.Summary, form.Body) = ("Gọi 119", "Tóm tắt", "Nội dung.");
        var filled = form.ToText();
        var saved = await Drafts.SaveAsync(editor, Vietnamese, filled, null, null);
        var published = await Publisher.PublishAsync(editor, Vietnamese, saved.Draft!.Version);

        Assert.True(published.Succeeded, published.Message);
        Assert.Equal(TranslationState.Current, _staff.Get<ContentStore>().Current.Find("call-119")!.StateOf("vi"));
    }

    [Fact]
    public async Task Publishing_writes_the_file_keeps_the_replaced_one_as_a_revision_and_updates_the_date()
    {
        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        var before = _staff.ReadGuide("disaster/call-119/en.md");
        var (text, _, baseHash) = await Drafts.StartAsync(English);
        var saved = await Drafts.SaveAsync(editor, English, text.Replace("Text.", "New text.", StringComparison.Ordinal), null, baseHash);

        var result = await Publisher.PublishAsync(editor, English, saved.Draft!.Version);

        Assert.True(result.Succeeded, result.Message);
        var after = _staff.ReadGuide("disaster/call-119/en.md");
        Assert.Contains("New text.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("updated: 2026-04-01", after, StringComparison.Ordinal);
        Assert.Null(await Drafts.FindAsync(English));
        var history = await _staff.Get<HistoryService>().ListAsync(English);
        Assert.Equal(["published", "replaced"], history.Select(r => r.Action));
        Assert.Equal(before, history[1].Text);
        Assert.Contains("New text.", _staff.Get<ContentStore>().Current.Find("call-119")!.Versions["en"].Markdown.PlainText, StringComparison.Ordinal);
        Assert.Contains((await _staff.Get<AuditLog>().RecentAsync()), a => a.Action == "publish" && a.Actor == "editor@example.jp" && a.Target == "disaster/call-119/en.md");
    }

    [Fact]
    public async Task Invalid_text_cannot_be_published_and_the_errors_say_where()
    {
        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        var (text, _, baseHash) = await Drafts.StartAsync(English);
        var saved = await Drafts.SaveAsync(editor, English, text + "\nSee [map](guide:no-such-map).\n", null, baseHash);

        var result = await Publisher.PublishAsync(editor, English, saved.Draft!.Version);

        Assert.Equal(SaveOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Problems!, p => p.Message == "link to guide 'no-such-map', which does not exist" && p.Line > 5);
        Assert.DoesNotContain("no-such-map", _staff.ReadGuide("disaster/call-119/en.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_based_on_a_file_that_changed_since_is_not_published_over_it()
    {
        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        var (text, _, baseHash) = await Drafts.StartAsync(English);
        var saved = await Drafts.SaveAsync(editor, English, text + "\nMine.\n", null, baseHash);
        _staff.WriteGuide("disaster/call-119/en.md", StaffHarness.Guide("Changed in git"));

        var result = await Publisher.PublishAsync(editor, English, saved.Draft!.Version);

        Assert.Equal(SaveOutcome.Conflict, result.Outcome);
        Assert.Contains("Changed in git", result.TheirText, StringComparison.Ordinal);
        Assert.Contains("Changed in git", _staff.ReadGuide("disaster/call-119/en.md"), StringComparison.Ordinal);
        Assert.NotNull(await Drafts.FindAsync(English));
    }

    [Fact]
    public async Task Restoring_a_revision_makes_it_a_draft_to_review_again()
    {
        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        var original = _staff.ReadGuide("disaster/call-119/en.md");
        var (text, _, baseHash) = await Drafts.StartAsync(English);
        var saved = await Drafts.SaveAsync(editor, English, text.Replace("Text.", "Wrong text.", StringComparison.Ordinal), null, baseHash);
        await Publisher.PublishAsync(editor, English, saved.Draft!.Version);
        var replaced = (await _staff.Get<HistoryService>().ListAsync(English)).Single(r => r.Action == "replaced");

        var restored = await _staff.Get<HistoryService>().RestoreAsync(editor, replaced.Id, null);

        Assert.True(restored.Succeeded);
        Assert.Equal(original, (await Drafts.FindAsync(English))!.Text);
        Assert.Contains("Wrong text.", _staff.ReadGuide("disaster/call-119/en.md"), StringComparison.Ordinal);
        var republished = await Publisher.PublishAsync(editor, English, restored.Draft!.Version);
        Assert.True(republished.Succeeded, republished.Message);
        Assert.DoesNotContain("Wrong text.", _staff.ReadGuide("disaster/call-119/en.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_source_text_a_translation_was_made_from_is_found_in_history_for_the_diff()
    {
        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        var key = new ContentKey("disaster", "call-119", "ja-easy");
        var oldRevision = _staff.Get<ContentStore>().Current.Find("call-119")!.Source!.Revision;
        var (text, _, baseHash) = await Drafts.StartAsync(key);
        var saved = await Drafts.SaveAsync(editor, key, text + "119に {電話|でんわ}します。\n", null, baseHash);
        await Publisher.PublishAsync(editor, key, saved.Draft!.Version);

        var old = await _staff.Get<HistoryService>().SourceAtAsync("call-119", oldRevision);

        Assert.NotNull(old);
        Assert.DoesNotContain("でんわ", old, StringComparison.Ordinal);
        var diff = HistoryService.Diff(GuideFile.Parse(old).Body, GuideFile.Parse(_staff.ReadGuide("disaster/call-119/ja-easy.md")).Body);
        Assert.Contains(diff, l => l.Kind == DiffKind.Added && l.Text.Contains("でんわ", StringComparison.Ordinal));
    }
}

/// <summary>The tests above on SQLite, the single-node default.</summary>
public sealed class WorkflowTestsOnSqlite() : WorkflowTests(StaffDatabaseKind.Sqlite);

/// <summary>The same tests on the shared PostgreSQL database of several nodes.</summary>
public sealed class WorkflowTestsOnPostgreSql() : WorkflowTests(StaffDatabaseKind.PostgreSql);
