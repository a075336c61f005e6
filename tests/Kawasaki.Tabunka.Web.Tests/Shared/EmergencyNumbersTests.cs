using Bunit;
using Kawasaki.Tabunka.Web.Features.Shared;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;

namespace Kawasaki.Tabunka.Web.Tests.Shared;

public class EmergencyNumbersTests : ComponentTestBase
{
    [Fact]
    public void Police_and_fire_ambulance_numbers_are_callable_links_labelled_in_the_readers_language()
    {
        UseLanguage("ja");
        var cut = Render<EmergencyNumbers>();

        var calls = cut.FindAll("a.call");
        Assert.Equal(["tel:110", "tel:119"], calls.Select(a => a.GetAttribute("href")));
        Assert.Contains("警察", calls[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("消防", calls[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_section_is_a_labelled_landmark_with_a_heading()
    {
        UseLanguage("en");
        var cut = Render<EmergencyNumbers>();

        var section = cut.Find("section");
        Assert.Equal(section.QuerySelector("h2")!.Id, section.GetAttribute("aria-labelledby"));
        Assert.Equal("In an emergency", section.QuerySelector("h2")!.TextContent);
    }
}
