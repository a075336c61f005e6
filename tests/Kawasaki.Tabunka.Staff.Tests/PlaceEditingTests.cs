using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Places;
using Kawasaki.Tabunka.Staff.Data;
using Kawasaki.Tabunka.Staff.Drafts;

namespace Kawasaki.Tabunka.Staff.Tests;

/// <summary>Places go through the same draft, review and publish path as guides, with their own rules on who may edit what.</summary>
public abstract class PlaceEditingTests(StaffDatabaseKind database) : IAsyncLifetime
{
    private static readonly ContentKey Facts = ContentKey.Place("one-stop-center", ContentKey.PlaceFacts);
    private static readonly ContentKey Vietnamese = ContentKey.Place("one-stop-center", "vi");
    private StaffHarness _staff = null!;

    public async Task InitializeAsync()
    {
        _staff = await StaffHarness.CreateAsync(database);
        _staff.WriteGuide("places/one-stop-center/place.yml", "kind: consultation\nofficial_name: 多文化共生総合相談ワンストップセンター\nsource: \"City plan (2022)\"\n");
        _staff.WriteGuide("places/one-stop-center/ja-easy.yml", "name: \"ワンストップセンター\"\n");
        _staff.WriteGuide("consultation/one-stop-center/ja-easy.md", StaffHarness.Guide("ワンストップセンター", "[ここ](place:one-stop-center)で {聞|き}きます。") .Replace("updated: 2026-04-01\n", "updated: 2026-04-01\nplaces:\n  - id: one-stop-center\n", StringComparison.Ordinal));
    }

    public async Task DisposeAsync() => await _staff.DisposeAsync();

    private DraftService Drafts => _staff.Get<DraftService>();

    private PublishService Publisher => _staff.Get<PublishService>();

    private Place Center => _staff.Get<ContentStore>().Current.Places.Find("one-stop-center")!;

    [Fact]
    public async Task An_editor_enters_a_phone_number_once_with_its_source_and_it_is_live_at_once()
    {
        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        var (text, _, baseHash) = await Drafts.StartAsync(Facts);
        var withPhone = text + "phone:\n  value: \"044-000-0000\"\n  source: \"Letter from the International Affairs Office, 2026-12-01\"\n  verified: 2026-12-01\n";

        var saved = await Drafts.SaveAsync(editor, Facts, withPhone, null, baseHash);
        var published = await Publisher.PublishAsync(editor, Facts, saved.Draft!.Version);

        Assert.True(published.Succeeded, published.Message);
        Assert.Equal("044-000-0000", Center.VerifiedFacts.Single().Fact.Value);
        Assert.Contains("044-000-0000", _staff.ReadGuide("places/one-stop-center/place.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fact_without_a_source_is_refused_at_publishing_and_the_place_stays_as_it_was()
    {
        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        var (text, _, baseHash) = await Drafts.StartAsync(Facts);
        var saved = await Drafts.SaveAsync(editor, Facts, text + "phone:\n  value: \"044-000-0000\"\n  verified: 2026-12-01\n", null, baseHash);

        var refused = await Publisher.PublishAsync(editor, Facts, saved.Draft!.Version);

        Assert.Equal(SaveOutcome.Invalid, refused.Outcome);
        Assert.Contains(refused.Problems!, p => p.Message.Contains("no source", StringComparison.Ordinal));
        Assert.Empty(Center.VerifiedFacts);
    }

    [Fact]
    public async Task A_translator_edits_the_name_in_their_language_but_not_the_facts()
    {
        var (translator, _) = await _staff.AddUserAsync("translator@example.jp", StaffRoles.Translator, "vi");

        Assert.Equal(SaveOutcome.Forbidden, (await Drafts.SaveAsync(translator, Facts, "kind: consultation\n", null, FileHash.Of(_staff.ReadGuide("places/one-stop-center/place.yml")))).Outcome);
        var (text, _, baseHash) = await Drafts.StartAsync(Vietnamese);
        var saved = await Drafts.SaveAsync(translator, Vietnamese, "name: \"Trung tâm Tư vấn Một cửa\"\nsummary: \"Tư vấn bằng nhiều ngôn ngữ.\"\n", null, baseHash);
        Assert.True(saved.Succeeded, saved.Message);
        Assert.Equal("name: \"\"\nsummary: \"\"\n", text);

        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        Assert.True((await Publisher.PublishAsync(editor, Vietnamese, saved.Draft!.Version)).Succeeded);
        Assert.Equal("Trung tâm Tư vấn Một cửa", Center.Texts["vi"].Name.PlainText);
    }

    [Fact]
    public async Task A_guide_and_a_place_with_the_same_id_have_separate_drafts()
    {
        var (editor, _) = await _staff.AddUserAsync("editor@example.jp", StaffRoles.Editor);
        var guide = new ContentKey("consultation", "one-stop-center", "vi");
        var (placeText, _, placeHash) = await Drafts.StartAsync(Vietnamese);
        var (guideText, _, guideHash) = await Drafts.StartAsync(guide);

        Assert.True((await Drafts.SaveAsync(editor, Vietnamese, "name: \"A\"\n", null, placeHash)).Succeeded);
        Assert.True((await Drafts.SaveAsync(editor, guide, guideText, null, guideHash)).Succeeded);
        Assert.Equal("name: \"A\"\n", (await Drafts.FindAsync(Vietnamese))!.Text);
        Assert.Equal(guideText, (await Drafts.FindAsync(guide))!.Text);
        Assert.NotEqual(placeText, guideText);
    }
}

/// <summary>The tests above on SQLite, the single-node default.</summary>
public sealed class PlaceEditingTestsOnSqlite() : PlaceEditingTests(StaffDatabaseKind.Sqlite);

/// <summary>The same tests on the shared PostgreSQL database of several nodes.</summary>
public sealed class PlaceEditingTestsOnPostgreSql() : PlaceEditingTests(StaffDatabaseKind.PostgreSql);
