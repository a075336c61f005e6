using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kawasaki.Tabunka.Web.Tests.Languages;

/// <summary>Real Chromium on a phone-sized screen.</summary>
[Collection(SiteCollection.Name)]
public sealed class LanguageSwitchingTests(SiteFixture site)
{
    [Fact]
    public async Task Switching_from_english_to_nepali_keeps_the_page_and_sets_lang_ne()
    {
        await using var context = await site.NewPhoneContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en/disaster/");

        await page.ClickAsync(".language-switcher summary");
        await page.ClickAsync(".language-switcher a[hreflang=ne]");

        await page.ArrivedAt("/ne/disaster/?chosen=1");
        Assert.Equal("ne", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task The_language_switcher_works_from_the_keyboard()
    {
        await using var context = await site.NewPhoneContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en/");

        await page.FocusAsync(".language-switcher summary");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".language-switcher details[open], details.language-switcher[open]")).ToHaveCountAsync(1);
        var vietnamese = page.Locator(".language-switcher a[hreflang=vi]");
        await vietnamese.FocusAsync();
        await Assertions.Expect(vietnamese).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

await page.ArrivedAt("/vi/?chosen=1");
        Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));
    }

    [Theory]
    [InlineData("/en/")]
    [InlineData("/th/")]
    [InlineData("/ne/")]
    [InlineData("/ja-easy/")]
    [InlineData("/vi/disaster/")]
    [InlineData("/")]
    public async Task Pages_have_no_horizontal_scroll_at_360_px(string url)
    {
        await using var context = await site.NewPhoneContext();
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.ClickAsync(".language-switcher summary").ContinueWith(_ => { }, TaskScheduler.Default);

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{url} scrolls sideways by {overflow}px");
    }
}
