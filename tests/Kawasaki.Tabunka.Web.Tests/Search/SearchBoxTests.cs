using Bunit;
using Kawasaki.Tabunka.Web.Features.Shared;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;

namespace Kawasaki.Tabunka.Web.Tests.Search;

public class SearchBoxTests : ComponentTestBase
{
    [Fact]
    public void It_is_a_get_form_to_the_search_page_of_the_language_so_it_works_without_javascript()
    {
        UseLanguage("vi");
        var cut = Render<SearchBox>(p => p.Add(c => c.Lang, "vi"));

        var form = cut.Find("form");
        Assert.Equal("/vi/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("q", cut.Find("input").GetAttribute("name"));
    }

    [Fact]
    public void The_input_has_a_visible_label()
    {
        UseLanguage("en");
        var cut = Render<SearchBox>(p => p.Add(c => c.Lang, "en").Add(c => c.InputId, "q2"));

        Assert.Equal("q2", cut.Find("label").GetAttribute("for"));
        Assert.Equal("q2", cut.Find("input").Id);
        Assert.Equal("Search the guides", cut.Find("label").TextContent);
    }

    [Fact]
    public void The_current_query_is_kept_in_the_box()
    {
        UseLanguage("en");
        var cut = Render<SearchBox>(p => p.Add(c => c.Lang, "en").Add(c => c.Query, "<shelter>"));

        Assert.Equal("<shelter>", cut.Find("input").GetAttribute("value"));
    }
}
