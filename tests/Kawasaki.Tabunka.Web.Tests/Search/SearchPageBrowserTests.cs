using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kawasaki.Tabunka.Web.Tests.Search;

[Collection(SiteCollection.Name)]
public sealed class SearchPageBrowserTests(SiteFixture site)
{
    [Fact]
    public async Task Searching_from_the_home_page_on_a_phone_without_javascript_shows_readable_results()
    {
        var browser = await site.Browser();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            BaseURL = site.BaseAddress.ToString(),
            IsMobile = true,
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en/");

        await page.FillAsync("input[name=q]", "map test");
        await page.PressAsync("input[name=q]", "Enter");

        await page.ArrivedAt("/en/search?q=map+test");
        Assert.Equal("/en/living/test-outdated", await page.GetAttributeAsync(".result-list li a", "href"));
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the results page scrolls sideways by {overflow}px");
    }

    [Fact]
    public async Task With_javascript_typing_offers_suggestions()
    {
        await using var context = await site.NewPhoneContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/ja-easy/");

        await page.FillAsync("input[name=q]", "zebra");

        var option = page.Locator("datalist option[value=zebrafinch]");
        await option.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        Assert.Equal("q-suggestions", await page.GetAttributeAsync("input[name=q]", "list"));
    }

    [Fact]
    public async Task A_search_that_finds_nothing_on_a_phone_offers_where_to_ask_the_emergency_numbers_and_the_topics()
    {
        var browser = await site.Browser();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            BaseURL = site.BaseAddress.ToString(),
            IsMobile = true,
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/es/search?q=qwxzv");

        var consultation = page.Locator(".no-result-help a");
        Assert.True(await consultation.CountAsync() >= 7);
        Assert.Contains(await consultation.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"), h => h == "/es/consultation/dv-support");
        Assert.Equal("tel:119", await page.GetAttributeAsync(".emergency a[href='tel:119']", "href"));
        Assert.True(await page.Locator(".emergency a[href='tel:110']").IsVisibleAsync());
        await page.ClickAsync("a[href='/es/#topics-heading']");
        await page.ArrivedAt("/es/#topics-heading");
        Assert.Equal(5, await page.Locator(".topics li").CountAsync());
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow}px");
    }
}
