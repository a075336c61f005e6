using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Staff.Editing;

namespace Kawasaki.Tabunka.Staff.Tests;

public class GuideFormTests
{
    private const string Text = """
        ---
        title: "{避難所|ひなんじょ}: where to go"
        summary: Short.
        updated: 2026-04-01
        keywords: [shelter, "hinanjo"]
        contacts:
          - name: Ward office
            languages: [en]
        todo:
          - confirm the hours
        source: 1234abcd
        ---

        ## Body

        Text.
        """;

    [Fact]
    public void Every_front_matter_key_gets_its_field()
    {
        var form = GuideForm.FromText(Text);
        Assert.Equal("{避難所|ひなんじょ}: where to go", form.Title);
        Assert.Equal("Short.", form.Summary);
        Assert.Equal("2026-04-01", form.Updated);
        Assert.Equal("shelter\nhinanjo", form.Keywords);
        Assert.Equal("confirm the hours", form.Todo);
        Assert.Equal("1234abcd", form.Source);
        Assert.Equal("  - name: Ward office\n    languages: [en]", form.Contacts);
        Assert.Equal("## Body\n\nText.", form.Body);
    }

    [Fact]
    public void The_form_writes_a_file_the_site_reads_back_to_the_same_guide()
    {
        var text = GuideForm.FromText(Text).ToText();
        var problems = new List<ContentProblem>();
        var version = GuideFileReader.Read("disaster", "x", "en", "disaster/x/en.md", text, problems);

        Assert.DoesNotContain(problems, p => p.IsError);
        Assert.Equal("避難所: where to go", version!.Title.PlainText);
        Assert.Equal(["shelter", "hinanjo"], version.FrontMatter.Keywords);
        Assert.Equal("Ward office", version.FrontMatter.Contacts.Single().Name.PlainText);
        Assert.Equal("1234abcd", version.FrontMatter.Source);
        Assert.Equal(GuideFileReader.Read("disaster", "x", "en", "p", Text, [])!.Revision, version.Revision);
    }

    [Fact]
    public void Quotes_colons_and_brackets_typed_in_fields_stay_valid_yaml()
    {
        var form = new GuideForm { Title = "He said: \"go\" [now] #1", Summary = "a\\b", Updated = "2026-04-01", Keywords = "a, b、c", Body = "Text." };
        var version = GuideFileReader.Read("disaster", "x", "en", "p", form.ToText(), []);
        Assert.Equal("He said: \"go\" [now] #1", version!.Title.PlainText);
        Assert.Equal("a\\b", version.Summary.PlainText);
        Assert.Equal(["a", "b", "c"], version.FrontMatter.Keywords);
    }

    [Fact]
    public void Keys_the_form_does_not_know_are_kept_for_the_validator_to_report()
    {
        var form = GuideForm.FromText("---\ntitle: T\nsummary: S\nupdated: 2026-04-01\ncolour: red\n---\nBody\n");
        Assert.Contains("colour: red", form.ToText(), StringComparison.Ordinal);
    }
}
