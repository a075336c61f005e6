using Bunit;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Markdown;
using Kawasaki.Tabunka.Web.Features.Guides;
using Microsoft.Extensions.DependencyInjection;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;

namespace Kawasaki.Tabunka.Web.Tests.Guides;

public class TableOfContentsTests : ComponentTestBase
{
    [Fact]
    public void Long_guides_get_a_numbered_list_of_section_links()
    {
        UseLanguage("en");
        var cut = Render<TableOfContents>(p => p.Add(c => c.Entries, [new("a", "One"), new("b", "Two"), new("c", "<ruby>三<rt>さん</rt></ruby>")]));

        Assert.Equal(["#a", "#b", "#c"], cut.FindAll("ol a").Select(a => a.GetAttribute("href")));
        Assert.Equal("さん", cut.Find("ol rt").TextContent);
        Assert.Equal("Contents", cut.Find("h2").TextContent);
    }

    [Fact]
    public void Short_guides_get_none()
    {
        UseLanguage("en");
        var cut = Render<TableOfContents>(p => p.Add(c => c.Entries, [new("a", "One"), new("b", "Two")]));
        Assert.Empty(cut.Markup.Trim());
    }
}

public class FuriganaToggleTests : ComponentTestBase
{
    [Theory]
    [InlineData(true, "off", "ふりがなを けす")]
    [InlineData(false, "on", "ふりがなを だす")]
    public void The_link_asks_the_server_for_the_other_setting(bool shown, string next, string label)
    {
        UseLanguage("ja-easy");
        var cut = Render<FuriganaToggle>(p => p.Add(c => c.Shown, shown).Add(c => c.Path, "/ja-easy/disaster/call-119"));

        var link = cut.Find("a");
        Assert.Equal($"/ja-easy/disaster/call-119?furigana={next}", link.GetAttribute("href"));
        Assert.Equal(label, link.TextContent.Trim());
    }
}

public sealed class GuideLanguagesTests : ComponentTestBase, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("guide-languages-").FullName;

    public new void Dispose()
    {
        base.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void It_links_each_language_the_guide_exists_in_and_marks_the_shown_one()
    {
        foreach (var lang in new[] { "ja-easy", "en", "ne" })
        {
            TestGuides.Write(_root, $"x-guide/{lang}.md", TestGuides.Simple("T"));
        }

        var guide = new ContentLoader(Languages).Load(_root).Find("x-guide")!;
        UseLanguage("ne");
        var cut = Render<GuideLanguages>(p => p.Add(c => c.Guide, guide).Add(c => c.Shown, "ne"));

        var links = cut.FindAll("a");
        Assert.Equal(["/ja-easy/living/x-guide", "/en/living/x-guide", "/ne/living/x-guide"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["やさしい にほんご", "English", "नेपाली"], links.Select(a => a.TextContent));
        Assert.Equal("true", links[2].GetAttribute("aria-current"));
    }
}
