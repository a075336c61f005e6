using Bunit;
using Kawasaki.Tabunka.Web.Features.Shared;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;

namespace Kawasaki.Tabunka.Web.Tests.Languages;

public class LanguageSwitcherTests : ComponentTestBase
{
    [Fact]
    public void It_links_to_the_same_page_in_each_of_the_twelve_languages()
    {
        var english = UseLanguage("en");
        var cut = Render<LanguageSwitcher>(p => p.Add(c => c.Current, english).Add(c => c.Path, "/en/disaster/call-119"));

        var links = cut.FindAll("a");
        Assert.Equal(Languages.All.Select(l => $"/{l.Id}/disaster/call-119?chosen=1"), links.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Each_language_name_carries_its_own_lang_and_hreflang()
    {
        var english = UseLanguage("en");
        var cut = Render<LanguageSwitcher>(p => p.Add(c => c.Current, english).Add(c => c.Path, "/en/"));

        var nepali = cut.Find("a[href='/ne/?chosen=1']");
        Assert.Equal("नेपाली", nepali.TextContent);
        Assert.Equal("ne", nepali.GetAttribute("lang"));
        Assert.Equal("ne", nepali.GetAttribute("hreflang"));
        Assert.Equal("ja-x-easy", cut.Find("a[href='/ja-easy/?chosen=1']").GetAttribute("hreflang"));
    }

    [Fact]
    public void The_current_language_is_marked_for_assistive_technology()
    {
        var thai = UseLanguage("th");
        var cut = Render<LanguageSwitcher>(p => p.Add(c => c.Current, thai).Add(c => c.Path, "/th/school/"));

        var current = Assert.Single(cut.FindAll("a[aria-current=true]"));
        Assert.Equal("/th/school/?chosen=1", current.GetAttribute("href"));
    }

    [Fact]
    public void The_menu_label_is_also_given_in_english_for_readers_who_cannot_read_the_page()
    {
        var thai = UseLanguage("th");
        var cut = Render<LanguageSwitcher>(p => p.Add(c => c.Current, thai).Add(c => c.Path, "/th/"));

        Assert.NotNull(cut.Find("summary span[lang=en]"));
    }

    [Fact]
    public void On_a_page_without_a_language_it_links_to_each_home()
    {
        var english = UseLanguage("en");
        var cut = Render<LanguageSwitcher>(p => p.Add(c => c.Current, english).Add(c => c.Path, "/"));

        Assert.Equal("/vi/?chosen=1", cut.Find("a[lang=vi]").GetAttribute("href"));
    }
}
