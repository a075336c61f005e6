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
            contacts:
              - name: Ward office
                about: Maps
                languages: [en, zh-hans]
                phone: "044-000-0000"
                address: null
            todo: [confirm hours]
            source: 3f9a2c1d
            """);

        Assert.NotNull(fm);
        Assert.Equal("避難所と マップ", fm.Title.PlainText);
        Assert.True(fm.Title.HasFurigana);
        Assert.Equal(new DateOnly(2026, 4, 1), fm.Updated);
        Assert.Equal(["shelter", "hinanjo"], fm.Keywords);
        var contact = Assert.Single(fm.Contacts);
        Assert.Equal("Ward office", contact.Name.PlainText);
        Assert.Equal(["en", "zh-hans"], contact.Languages);
        Assert.Equal("tel:0440000000", contact.PhoneHref);
        Assert.Null(contact.Address);
        Assert.Equal(["confirm hours"], fm.Todo);
        Assert.Equal("3f9a2c1d", fm.Source);
        Assert.Equal(["g/x/en.md:12: warning: todo: confirm hours"], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Unknown_keys_are_errors_at_their_line()
    {
        var (_, problems) = Read("title: T\nsummary: S\nupdated: 2026-04-01\nid: call-119\n");
        Assert.Equal("g/x/en.md:5: unknown key 'id' (known: title, summary, updated, keywords, contacts, todo, source)", Messages(problems));
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
        var (_, problems) = Read("title: [a, b]\nsummary: S\nupdated: 2026-04-01\nkeywords: quake\ncontacts: {name: x}\n");
        Assert.Equal(
            "g/x/en.md:2: 'title' must be a single value, not a list or a mapping\n" +
            "g/x/en.md:2: 'title' must not be empty\n" +
            "g/x/en.md:5: 'keywords' must be a list, e.g. keywords: [a, b]\n" +
            "g/x/en.md:6: 'contacts' must be a list of contacts, each starting with '- name:'",
            Messages(problems));
    }

    [Fact]
    public void Unknown_contact_keys_and_contacts_without_a_name_are_errors()
    {
        var (_, problems) = Read("title: T\nsummary: S\nupdated: 2026-04-01\ncontacts:\n  - about: x\n  - name: y\n    email: a@b\n");
        Assert.Equal(
            "g/x/en.md:6: a contact needs a 'name'\n" +
            "g/x/en.md:8: unknown contact key 'email' (known: name, about, languages, phone, address, hours)",
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
