using Kawasaki.Tabunka.Core.Content;

namespace Kawasaki.Tabunka.Core.Tests.Content;

public class GuideTextTests
{
    [Fact]
    public void An_existing_source_line_is_replaced_and_nothing_else_changes()
    {
        var text = "---\ntitle: T # the title\nsource: 00000000\nupdated: 2026-04-01\n---\nBody\n";
        Assert.Equal("---\ntitle: T # the title\nsource: 1234abcd\nupdated: 2026-04-01\n---\nBody\n", GuideText.WithSource(text, "1234abcd"));
    }

    [Fact]
    public void A_missing_source_is_added_as_the_last_key_keeping_crlf()
    {
        var text = "---\r\ntitle: T\r\n---\r\nBody\r\n";
        Assert.Equal("---\r\ntitle: T\r\nsource: 1234abcd\r\n---\r\nBody\r\n", GuideText.WithSource(text, "1234abcd"));
    }

    [Fact]
    public void A_file_without_front_matter_cannot_be_stamped()
    {
        Assert.Null(GuideText.WithSource("Body only\n", "1234abcd"));
    }
}
