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
        places:
          - id: ward-office
            about: "maps: the disaster map"
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
        Assert.Equal("  - id: ward-office\n    about: \"maps: the disaster map\"", form.Places);
        Assert.Equal("## Body\n\nText.", form.Body);
    }

    [Fact]
    public void The_form_writes_a_file_the_site_reads_back_to_the_same_guide()
    {
        var text = GuideForm.FromText(Text).ToText();
        var problems = new List<ContentProblem>();
        var version = GuideFileReader.Read("disaster", "x", "ja-easy", "disaster/x/ja-easy.md", text.Replace("source: 1234abcd\n", "", StringComparison.Ordinal), problems);

        Assert.DoesNotContain(problems, p => p.IsError);
        Assert.Equal("避難所: where to go", version!.Title.PlainText);
        Assert.Equal(["shelter", "hinanjo"], version.FrontMatter.Keywords);
        Assert.Equal("maps: the disaster map", version.FrontMatter.Places.Single().About!.PlainText);
        Assert.Equal(["confirm the hours"], version.FrontMatter.Todo);
        Assert.Equal("1234abcd", GuideForm.FromText(text).Source);
        Assert.Equal(GuideFileReader.Read("disaster", "x", "en", "p", Text.Replace("todo:\n  - confirm the hours\n", "", StringComparison.Ordinal), [])!.Revision, version.Revision);
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
    public void A_review_is_written_with_who_and_when_and_an_empty_field_removes_it()
    {
        var form = GuideForm.FromText(Text);
        form.ReviewedBy = "Nguyen Van A";
        form.Reviewed = "2026-11-30";
        var reviewed = GuideForm.FromText(form.ToText());
        Assert.Equal(("Nguyen Van A", "2026-11-30"), (reviewed.ReviewedBy, reviewed.Reviewed));
        reviewed.ReviewedBy = "";
        reviewed.Reviewed = "";
        Assert.DoesNotContain("reviewed", reviewed.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_the_form_does_not_know_are_kept_for_the_validator_to_report()
    {
        var form = GuideForm.FromText("---\ntitle: T\nsummary: S\nupdated: 2026-04-01\ncolour: red\n---\nBody\n");
        Assert.Contains("colour: red", form.ToText(), StringComparison.Ordinal);
    }
}
