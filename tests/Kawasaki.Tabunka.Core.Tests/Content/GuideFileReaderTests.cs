using Kawasaki.Tabunka.Core.Content;

namespace Kawasaki.Tabunka.Core.Tests.Content;

public class GuideFileReaderTests
{
    private static (GuideVersion? Version, List<string> Problems) Read(string text, string language = "en")
    {
        var problems = new List<ContentProblem>();
        var version = GuideFileReader.Read("disaster", "call-119", language, $"disaster/call-119/{language}.md", text, problems);
        return (version, problems.Select(p => p.ToString()).ToList());
    }

    [Fact]
    public void A_valid_file_gives_a_version_with_its_revision_and_body_line()
    {
        var (version, problems) = Read("---\ntitle: Call 119\nsummary: S\nupdated: 2026-04-01\n---\n\n## Say fire or ambulance\n");
        Assert.Empty(problems);
        Assert.NotNull(version);
        Assert.Equal(6, version.BodyLine);
        Assert.Equal(Revision.Of("\n## Say fire or ambulance\n"), version.Revision);
        Assert.Contains("Say fire or ambulance", version.Markdown.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_in_the_body_carry_the_file_line()
    {
        var (version, problems) = Read("---\ntitle: T\nsummary: S\nupdated: 2026-04-01\n---\n\nfirst\n\n{漢字|かんじ\n");
        Assert.Null(version);
        Assert.Equal(["disaster/call-119/en.md:9: furigana group is not closed with '}'"], problems);
    }

    [Fact]
    public void Crlf_files_and_a_byte_order_mark_are_read_like_lf_files()
    {
        var (version, problems) = Read("\uFEFF---\r\ntitle: T\r\nsummary: S\r\nupdated: 2026-04-01\r\n---\r\nBody\r\n");
        Assert.Empty(problems);
        Assert.Equal(Revision.Of("Body\n"), version!.Revision);
    }

    [Fact]
    public void A_file_without_front_matter_is_an_error()
    {
        var (version, problems) = Read("# Call 119\n");
        Assert.Null(version);
        Assert.Equal(["disaster/call-119/en.md:1: the file must start with a '---' line and YAML front matter (title, summary, updated)"], problems);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        var (_, problems) = Read("---\ntitle: T\n");
        Assert.Equal(["disaster/call-119/en.md:1: the front matter is not closed with a '---' line"], problems);
    }

    [Fact]
    public void A_hundred_thousand_nested_quotes_are_refused_with_a_clear_message()
    {
        var (version, problems) = Read("---\ntitle: T\nsummary: S\nupdated: 2026-04-01\n---\n" + new string('>', 100_000) + " x\n");
        Assert.Null(version);
        Assert.Equal(["disaster/call-119/en.md:6: the text is nested too deeply to show (too many '>' or list levels)"], problems);
    }

    [Fact]
    public void Lists_nested_deeper_than_sixteen_levels_are_refused_at_the_line_that_goes_too_deep()
    {
        var list = string.Concat(Enumerable.Range(0, 17).Select(i => new string(' ', 2 * i) + "- level\n"));
        var (version, problems) = Read("---\ntitle: T\nsummary: S\nupdated: 2026-04-01\n---\n" + list);
        Assert.Null(version);
        Assert.Equal(["disaster/call-119/en.md:22: lists or quotes are nested more than 16 levels deep here; no guide needs that many, and each level costs every reader's phone"], problems);

        var sixteen = string.Concat(Enumerable.Range(0, 16).Select(i => new string(' ', 2 * i) + "- level\n"));
        Assert.NotNull(Read("---\ntitle: T\nsummary: S\nupdated: 2026-04-01\n---\n" + sixteen).Version);
    }

    [Fact]
    public void Warnings_alone_do_not_stop_a_file_from_being_served()
    {
        var (version, problems) = Read("---\ntitle: T\nsummary: S\nupdated: 2026-04-01\n---\n[x](javascript:alert(1))\n");
        Assert.NotNull(version);
        Assert.Single(problems);
        Assert.Contains("warning: link to 'javascript:alert(1)' removed", problems[0], StringComparison.Ordinal);
    }
}
