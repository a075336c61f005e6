using Bunit;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Markdown;
using Kawasaki.Tabunka.Web.Features.Guides;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;

namespace Kawasaki.Tabunka.Web.Tests.Components;

public class ContactsCardTests : ComponentTestBase
{
    private static Contact Contact(string name, string? phone = null, string[]? languages = null, string? about = null) =>
        new(RichText.Parse(name), about is null ? null : RichText.Parse(about), languages ?? [], phone, null, null);

    [Fact]
    public void Phone_numbers_are_tel_links_with_only_digits_in_the_href()
    {
        UseLanguage("en");
        var cut = Render<ContactsCard>(p => p.Add(c => c.Contacts, [Contact("Center", phone: "044 (200) 0000")]));

        var link = cut.Find("a[href^='tel:']");
        Assert.Equal("tel:0442000000", link.GetAttribute("href"));
        Assert.Equal("044 (200) 0000", link.TextContent);
        Assert.Equal("Phone", cut.Find("dt").TextContent);
    }

    [Fact]
    public void Unknown_details_are_left_out_rather_than_shown_empty()
    {
        UseLanguage("en");
        var cut = Render<ContactsCard>(p => p.Add(c => c.Contacts, [Contact("Ward office", about: "Maps")]));

        Assert.Empty(cut.FindAll("dt"));
        Assert.Equal("Maps", cut.Find("li p").TextContent);
    }

    [Fact]
    public void Languages_are_named_in_their_own_script_with_their_lang()
    {
        UseLanguage("en");
        var cut = Render<ContactsCard>(p => p.Add(c => c.Contacts, [Contact("Center", languages: ["en", "ne", "ru"])]));

        var names = cut.FindAll("dd span");
        Assert.Equal(["English", "नेपाली", "русский"], names.Select(n => n.TextContent));
        Assert.Equal(["en", "ne", "ru"], names.Select(n => n.GetAttribute("lang")));
    }

    [Fact]
    public void Names_carry_furigana_when_they_are_on_and_the_text_lang_when_it_differs()
    {
        UseLanguage("vi");
        var cut = Render<ContactsCard>(p => p
            .Add(c => c.Contacts, [Contact("{区役所|くやくしょ}")])
            .Add(c => c.Furigana, true)
            .Add(c => c.TextLang, "ja"));

        Assert.Equal("くやくしょ", cut.Find("h3 rt").TextContent);
        Assert.Equal("ja", cut.Find("h3").GetAttribute("lang"));
    }

    [Fact]
    public void Without_contacts_nothing_is_rendered()
    {
        UseLanguage("en");
        var cut = Render<ContactsCard>(p => p.Add(c => c.Contacts, []));
        Assert.Empty(cut.Markup.Trim());
    }
}

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
