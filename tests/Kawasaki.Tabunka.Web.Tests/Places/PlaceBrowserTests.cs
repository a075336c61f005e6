using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kawasaki.Tabunka.Web.Tests.Places;

/// <summary>Place cards as a resident meets them: on a phone, maybe without JavaScript.</summary>
[Collection(SiteCollection.Name)]
public sealed class PlaceBrowserTests(SiteFixture site)
{
    private async Task<IBrowserContext> PhoneWithoutJavaScript(IBrowser browser) => await browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        BaseURL = site.BaseAddress.ToString(),
        IsMobile = true,
        HasTouch = true,
        JavaScriptEnabled = false,
    });

    [Fact]
    public async Task On_a_phone_without_javascript_the_ward_picker_opens_each_ward_and_a_verified_number_is_a_tel_link()
    {
        await using var context = await PhoneWithoutJavaScript(await site.Browser());
        var page = await context.NewPageAsync();
        await page.GotoAsync("/vi/consultation/ward-office-help");

        var wards = page.Locator(".places details");
        Assert.Equal(7, await wards.CountAsync());
        var tama = wards.Nth(5);
        Assert.False(await tama.Locator("a[href='/vi/places/ward-office-tama']").IsVisibleAsync());
        await tama.Locator("summary").ClickAsync();
        Assert.True(await tama.Locator("a[href='/vi/places/ward-office-tama']").IsVisibleAsync());
        Assert.Contains("多摩区役所", await tama.Locator("summary").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/vi/places/international-affairs-office");
        var tel = page.Locator("a.tel");
        Assert.Equal("tel:0442003669", await tel.GetAttributeAsync("href"));
        var box = await tel.BoundingBoxAsync();
        Assert.True(box!.Height >= 44, $"the phone link is {box.Height}px tall, too small to tap");
        Assert.Equal("geo:0,0?q=" + Uri.EscapeDataString("〒210-8577 川崎市川崎区宮本町1番地"), await page.GetAttributeAsync("a.map", "href"));
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the place page scrolls sideways by {overflow}px");
    }

    [Fact]
    public async Task The_directory_lists_places_by_kind_and_links_each_place_page()
    {
        await using var context = await PhoneWithoutJavaScript(await site.Browser());
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en/places/");

        Assert.Equal(7, await page.Locator("#kind-ward-office ~ ul li").CountAsync());
        await page.ClickAsync("a[href='/en/places/one-stop-center']");
        await page.ArrivedAt("/en/places/one-stop-center");
        Assert.Equal("多文化共生総合相談ワンストップセンター", await page.InnerTextAsync(".show-at-counter"));
        Assert.Contains(await page.Locator(".place a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"), h => h == "/en/consultation/one-stop-center");
    }
}
