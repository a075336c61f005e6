using Kawasaki.Tabunka.Core.Content;

namespace Kawasaki.Tabunka.Core.Tests.Content;

public class RevisionTests
{
    [Fact]
    public void The_revision_is_eight_hex_digits_of_sha256_of_the_body()
    {
        // sha256("hello") = 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824
        Assert.Equal("2cf24dba", Revision.Of("hello"));
    }

    [Fact]
    public void Line_endings_trailing_spaces_and_surrounding_blank_lines_do_not_change_it()
    {
        var revision = Revision.Of("## A\n\ntext\n");
        Assert.Equal(revision, Revision.Of("\r\n## A  \r\n\r\ntext\t\r\n\r\n"));
    }

    [Fact]
    public void A_change_in_the_words_changes_it()
    {
        Assert.NotEqual(Revision.Of("## A\n\ntext"), Revision.Of("## A\n\ntexts"));
    }

    [Fact]
    public void Editing_the_front_matter_does_not_outdate_translations()
    {
        var before = GuideFile.Parse("---\ntitle: T\nupdated: 2026-04-01\n---\nBody\n").Body;
        var after = GuideFile.Parse("---\ntitle: T2\nupdated: 2026-05-01\nkeywords: [x]\n---\nBody\n").Body;
        Assert.Equal(Revision.Of(before), Revision.Of(after));
    }
}
