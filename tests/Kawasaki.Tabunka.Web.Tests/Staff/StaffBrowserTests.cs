using Kawasaki.Tabunka.Staff.Data;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kawasaki.Tabunka.Web.Tests.Staff;

/// <summary>The staff area in Chromium: sign in, change the one-time password, edit with live preview, submit, publish.</summary>
[Collection(SiteCollection.Name)]
public sealed class StaffBrowserTests(SiteFixture site)
{
    private const int Patience = 20_000;

    [Fact]
    public async Task An_editor_signs_in_edits_with_a_live_preview_submits_and_publishes()
    {
        var (email, oneTime) = await StaffTestAccounts.CreateAsync(site, StaffRoles.Editor);
        await using var context = await (await site.Browser()).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/staff");
        await page.WaitForURLAsync("**/staff/login**");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", oneTime);
        await page.ClickAsync("main button[type=submit]");

        await page.WaitForURLAsync("**/staff/account/password");
        const string newPassword = "a long enough new password";
        await page.FillAsync("#current", oneTime);
        await page.FillAsync("#new", newPassword);
        await page.FillAsync("#confirm", newPassword);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/staff", StringComparison.Ordinal));
        await page.Locator("table.matrix").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

        // The staff area starts in Japanese; the header switches it to English and remembers.
        await page.ClickAsync(".staff-user button[lang=en]");
        await page.Locator("h1", new PageLocatorOptions { HasText = "Translations" }).WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

        await page.GotoAsync("/staff/edit/living/test-staff/en");
        var title = page.Locator("#title");
        await title.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await title.FillAsync("Staff test, edited in the browser");
        await page.Locator(".preview h1", new PageLocatorOptions { HasText = "Staff test, edited in the browser" }).WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

        await page.ClickAsync("text=Save draft");
        await page.Locator(".messages .ok", new PageLocatorOptions { HasText = "Draft saved" }).WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await page.ClickAsync("text=Submit for review");
        await page.Locator(".messages .ok", new PageLocatorOptions { HasText = "Submitted" }).WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await page.ClickAsync("button.publish");
        await page.Locator(".messages .ok", new PageLocatorOptions { HasText = "Published" }).WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

        var resident = await context.NewPageAsync();
        await resident.GotoAsync("/en/living/test-staff");
        Assert.Equal("Staff test, edited in the browser", await resident.TextContentAsync("article h1"));
    }
}
