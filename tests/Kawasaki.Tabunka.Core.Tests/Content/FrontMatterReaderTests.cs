using Kawasaki.Tabunka.Core.Content;

namespace Kawasaki.Tabunka.Core.Tests.Content;

public class FrontMatterReaderTests
{
    private static (FrontMatter? FrontMatter, List<ContentProblem> Problems) Read(string yaml, bool isSource = false)
    {
        var problems = new List<ContentProblem>();
        var result = new FrontMatterReader("g/x/en.md", 2, problems).Read(yaml, isSource);
        return (result, problems);
    }

    private static string Messages(List<ContentProblem> problems) => string.Join("\n", problems.Select(p => p.ToString()));

    [Fact]
    public void A_complete_front_matter_is_read_with_every_field()
    {
        var (fm, problems) = Read("""
            title: "{避難所|ひなんじょ}と マップ"
            summary: Where to go.
            updated: 2026-04-01
            keywords: [shelter, hinanjo]
            places:
              - id: ward-office
                about: Maps
              - id: one-stop-center
            source: 3f9a2c1d
            reviewed_by: Nguyen Van A
            reviewed: 2026-11-30
            """);

        Assert.NotNull(fm);
        Assert.Equal("避難所と マップ", fm.Title.PlainText);
        Assert.True(fm.Title.HasFurigana);
        Assert.Equal(new DateOnly(2026, 4, 1), fm.Updated);
        Assert.Equal(["shelter", "hinanjo"], fm.Keywords);
        Assert.Equal(["ward-office", "one-stop-center"], fm.Places.Select(p => p.Id));
        Assert.Equal("Maps", fm.Places[0].About!.PlainText);
        Assert.Null(fm.Places[1].About);
        Assert.Equal(7, fm.Places[0].Line);
        Assert.Equal("3f9a2c1d", fm.Source);
        Assert.True(fm.IsReviewed);
        Assert.Equal(new DateOnly(2026, 11, 30), fm.Reviewed);
        Assert.Empty(problems);
    }

    [Fact]
    public void The_old_contacts_block_is_refused_with_what_to_do_instead()
    {
        var (_, problems) = Read("title: T\nsummary: S\nupdated: 2026-04-01\ncontacts:\n  - name: Ward office\n    phone: \"044-000-0000\"\n");
        Assert.Equal("g/x/en.md:5: 'contacts' is replaced by 'places': name places of the directory by id (see docs/content-style.md)", Messages(problems));
    }

    [Fact]
    public void A_place_reference_takes_only_an_id_and_what_to_ask_there()
    {
        var (_, problems) = Read("title: T\nsummary: S\nupdated: 2026-04-01\nplaces:\n  - id: Ward Office\n  - id: ward-office\n    phone: \"044\"\n");
        Assert.Equal(
            "g/x/en.md:6: 'Ward Office' is not a place id (lower-case letters, digits and hyphens)\n" +
            "g/x/en.md:8: unknown place key 'phone' (known: id, about): phone numbers, addresses and hours belong in the places directory",
            Messages(problems));
    }

    [Fact]
    public void Todo_is_a_warning_in_the_source_and_an_error_in_a_translation()
    {
        var (_, source) = Read("title: T\nsummary: S\nupdated: 2026-04-01\ntodo: [confirm hours]\n", isSource: true);
        Assert.Equal("g/x/en.md:5: warning: todo: confirm hours", Messages(source));
        var (_, translation) = Read("title: T\nsummary: S\nupdated: 2026-04-01\ntodo: [confirm hours]\n");
        Assert.Equal("g/x/en.md:5: 'todo' belongs in the easy Japanese source only\ng/x/en.md:5: warning: todo: confirm hours", Messages(translation));
    }

    [Fact]
    public void A_review_needs_both_who_and_when()
    {
        var (_, problems) = Read("title: T\nsummary: S\nupdated: 2026-04-01\nreviewed_by: Ana\n");
        Assert.Equal("g/x/en.md:5: 'reviewed_by' and 'reviewed' go together: who reviewed the translation, and when", Messages(problems));
        var (_, onSource) = Read("title: T\nsummary: S\nupdated: 2026-04-01\nreviewed_by: Ana\nreviewed: 2026-11-30\n", isSource: true);
        Assert.Contains("belong in translations", Messages(onSource), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_are_errors_at_their_line()
    {
        var (_, problems) = Read("title: T\nsummary: S\nupdated: 2026-04-01\nid: call-119\n");
        Assert.Equal("g/x/en.md:5: unknown key 'id' (known: title, summary, updated, keywords, places, todo, source, reviewed_by, reviewed)", Messages(problems));
    }

    [Fact]
    public void Missing_required_keys_are_errors()
    {
        var (fm, problems) = Read("title: T\n");
        Assert.Null(fm);
        Assert.Equal("g/x/en.md:1: missing required key 'summary'\ng/x/en.md:1: missing required key 'updated'", Messages(problems));
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026/04/01")]
    [InlineData("1 April 2026")]
    [InlineData("2026-4-1")]
    public void Dates_must_be_real_and_written_as_iso(string date)
    {
        var (fm, problems) = Read($"title: T\nsummary: S\nupdated: {date}\n");
        Assert.Null(fm);
        Assert.Equal($"g/x/en.md:4: updated '{date}' is not a date written as YYYY-MM-DD", Messages(problems));
    }

    [Fact]
    public void A_furigana_error_in_the_title_is_reported()
    {
        var (fm, problems) = Read("title: \"{漢字|かん}の{話|はな|し}\"\nsummary: S\nupdated: 2026-04-01\n");
        Assert.Equal("g/x/en.md:2: title: furigana group {話|...} has 2 readings for 1 characters", Messages(problems));
        Assert.NotNull(fm);
    }

    [Fact]
    public void Source_in_the_easy_japanese_file_is_an_error()
    {
        var (_, problems) = Read("title: T\nsummary: S\nupdated: 2026-04-01\nsource: 3f9a2c1d\n", isSource: true);
        Assert.Contains("'source' belongs in translations", Messages(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_source_revision_is_an_error()
    {
        var (_, problems) = Read("title: T\nsummary: S\nupdated: 2026-04-01\nsource: latest\n");
        Assert.Equal("g/x/en.md:5: source 'latest' is not a revision (8 lower-case hex digits); run stamp-source", Messages(problems));
    }

    [Fact]
    public void Wrong_shapes_are_errors()
    {
        var (_, problems) = Read("title: [a, b]\nsummary: S\nupdated: 2026-04-01\nkeywords: quake\nplaces: {id: x}\n");
        Assert.Equal(
            "g/x/en.md:2: 'title' must be a single value, not a list or a mapping\n" +
            "g/x/en.md:2: 'title' must not be empty\n" +
            "g/x/en.md:5: 'keywords' must be a list, e.g. keywords: [a, b]\n" +
            "g/x/en.md:6: 'places' must be a list, each item starting with '- id:'",
            Messages(problems));
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_its_line()
    {
        var (fm, problems) = Read("title: T\nsummary: [unclosed\nupdated: 2026-04-01\n");
        Assert.Null(fm);
        Assert.StartsWith("g/x/en.md:", Messages(problems), StringComparison.Ordinal);
        Assert.Contains("invalid YAML", Messages(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_aliases_are_refused_so_a_small_file_cannot_expand()
    {
        var (fm, problems) = Read("title: &t T\nsummary: *t\nupdated: 2026-04-01\n");
        Assert.Null(fm);
        Assert.Equal("g/x/en.md:3: YAML anchors and aliases (*name) are not allowed", Messages(problems));
    }

    [Fact]
    public void Values_that_look_like_other_types_stay_text()
    {
        var (fm, _) = Read("title: yes\nsummary: 119\nupdated: 2026-04-01\n");
        Assert.Equal("yes", fm!.Title.PlainText);
        Assert.Equal("119", fm.Summary.PlainText);
    }
}
