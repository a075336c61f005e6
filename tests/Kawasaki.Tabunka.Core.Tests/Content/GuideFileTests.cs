using Kawasaki.Tabunka.Core.Content;

namespace Kawasaki.Tabunka.Core.Tests.Content;

public class GuideFileTests
{
    [Fact]
    public void An_existing_key_is_replaced_in_place_and_nothing_else_changes()
    {
        var text = "---\ntitle: T # the title\nsource: 00000000\nupdated: 2026-04-01\n---\nBody\n";
        Assert.Equal("---\ntitle: T # the title\nsource: 1234abcd\nupdated: 2026-04-01\n---\nBody\n", GuideFile.Parse(text).With("source", "1234abcd").ToText());
    }

    [Fact]
    public void A_missing_key_is_added_last_keeping_crlf()
    {
        var text = "---\r\ntitle: T\r\n---\r\nBody\r\n";
        Assert.Equal("---\r\ntitle: T\r\nsource: 1234abcd\r\n---\r\nBody\r\n", GuideFile.Parse(text).With("source", "1234abcd").ToText());
    }

    [Fact]
    public void A_file_without_front_matter_says_why()
    {
        Assert.False(GuideFile.Parse("Body only\n").HasFrontMatter);
        Assert.Contains("must start with a '---' line", GuideFile.Parse("Body only\n").Problem);
        Assert.Contains("not closed", GuideFile.Parse("---\ntitle: T\nBody\n").Problem);
    }

    [Theory]
    [InlineData("{避難所|ひなんじょ}と マップ", "title: '{避難所|ひなんじょ}と マップ'")]
    [InlineData("Risk: high", "title: 'Risk: high'")]
    [InlineData("[draft] note", "title: '[draft] note'")]
    [InlineData("It's \"here\"", "title: It's \"here\"")]
    public void Values_are_quoted_where_yaml_needs_it_and_read_back_the_same(string value, string line)
    {
        var file = GuideFile.Create([("title", value), ("summary", "S"), ("updated", new DateOnly(2026, 4, 1))], "Body");
        Assert.Contains(line + "\n", file.ToText());
        var problems = new List<ContentProblem>();
        var version = GuideFileReader.Read("disaster", "x", "en", "disaster/x/en.md", file.ToText(), problems);
        Assert.Equal(value, version!.FrontMatter.Title.Source);
    }

    [Fact]
    public void A_list_is_written_in_flow_style_and_removed_with_null()
    {
        var file = GuideFile.Parse("---\ntitle: T\nkeywords: [a]\ntodo:\n  - one\n  - two\nsource: 00000000\n---\nBody\n");
        Assert.Equal("---\ntitle: T\nkeywords: [a, 'b, c']\nsource: 00000000\n---\nBody\n",
            file.With("keywords", new[] { "a", "b, c" }).With("todo", null).ToText());
    }

    [Fact]
    public void A_block_value_is_read_and_written_as_it_stands()
    {
        var file = GuideFile.Parse("---\ntitle: T\nplaces:\n  - id: ward-office\n    about: maps\n# a comment for what follows\nsource: 00000000\n---\nBody\n");
        Assert.Equal("  - id: ward-office\n    about: maps", file.Yaml("places"));
        Assert.Equal("---\ntitle: T\nplaces:\n  - id: one-stop-center\n# a comment for what follows\nsource: 00000000\n---\nBody\n",
            file.WithYaml("places", "  - id: one-stop-center").ToText());
    }

    [Fact]
    public void The_body_and_its_first_line_are_found_after_the_front_matter()
    {
        var file = GuideFile.Parse("\uFEFF---\r\ntitle: T\r\n---\r\n\r\n## Heading\r\n");
        Assert.Equal("\n## Heading\n", file.Body);
        Assert.Equal(4, file.BodyLine);
        Assert.Equal("title: T", file.FrontMatter);
    }
}
