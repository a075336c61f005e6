using System.Text.RegularExpressions;
using Kawasaki.Tabunka.Staff.Data;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kawasaki.Tabunka.Web.Tests.Staff;

/// <summary>The staff area in Chromium: sign in, change the one-time password, edit with live preview, submit, publish.</summary>
[Collection(SiteCollection.Name)]
public sealed class StaffBrowserTests(SiteFixture site)
{
    private const int Patience = 20_000;

    /// <summary>A new account of <paramref name="role"/>, signed in with its own password, on a desktop page in English.</summary>
    private async Task<(IBrowserContext Context, IPage Page, string Email)> SignedInAsync(string role, params string[] languages)
    {
        var (email, oneTime) = await StaffTestAccounts.CreateAsync(site, role, languages);
        var context = await (await site.Browser()).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", oneTime);
        await page.ClickAsync("main button[type=submit]");
        await page.ArrivedAt("/staff/account/password");
        const string newPassword = "a long enough new password";
        await page.FillAsync("#current", oneTime);
        await page.FillAsync("#new", newPassword);
        await page.FillAsync("#confirm", newPassword);
        await page.ClickAsync("main button[type=submit]");
        await page.ArrivedAt("/staff");
        return (context, page, email);
    }

    [Fact]
    public async Task An_editor_enters_a_places_phone_number_once_and_every_guide_naming_it_shows_it_in_every_language()
    {
        var (context, page, _) = await SignedInAsync(StaffRoles.Editor);
        await using var _ = context;
        await page.GotoAsync("/staff/facts");
        await page.Locator("#facts-places-test-place").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        Assert.Contains("(7)", await page.InnerTextAsync("#facts-places-test-place"), StringComparison.Ordinal);

        await page.ClickAsync("#facts-places-test-place a");
        await page.ArrivedAt("/staff/places/test-place/facts");
        var yaml = page.Locator("#yaml");
        await yaml.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await yaml.FillAsync((await yaml.InputValueAsync()) + "phone:\n  value: \"044-000-1234\"\n  source: \"Test letter, 2026-12-01\"\n  verified: 2026-12-01\n");
        await page.Locator(".preview a.tel[href='tel:0440001234']").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await page.ClickAsync("button.publish");
        await page.Locator(".messages .ok").WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

        var resident = await context.NewPageAsync();
        foreach (var language in new[] { "en", "ja-easy", "th" })
        {
            await resident.GotoAsync($"/{language}/living/test-staff");
            Assert.Equal("tel:0440001234", await resident.GetAttributeAsync(".places a.tel", "href"));
        }
    }

    [Fact]
    public async Task A_translator_opens_a_leaflet_of_any_guide_in_any_pair_of_languages()
    {
        var (context, page, _) = await SignedInAsync(StaffRoles.Translator, "vi");
        await using var _ = context;
        await page.Locator(".print-pair select").First.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });

        var selects = page.Locator(".print-pair select");
        await selects.Nth(0).SelectOptionAsync("maternal-handbook");
        await selects.Nth(1).SelectOptionAsync("th");
        await selects.Nth(2).SelectOptionAsync("pt");
        var link = page.Locator(".print-pair a.print-open");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "/th/childcare/maternal-handbook/print?with=pt", new LocatorAssertionsToHaveAttributeOptions { Timeout = Patience });

        var leaflet = await context.RunAndWaitForPageAsync(() => link.ClickAsync());
        await leaflet.WaitForLoadStateAsync();
        var columns = await leaflet.Locator(".leaflet-row").First.Locator(".leaflet-text").EvaluateAllAsync<string[]>("cs => cs.map(c => c.lang)");
        Assert.Equal(["th", "pt-BR"], columns);
    }

    [Fact]
    public async Task An_account_disabled_while_its_editor_is_open_cannot_save_and_is_told_to_sign_in_again()
    {
        var (context, page, email) = await SignedInAsync(StaffRoles.Editor);
        await using var _ = context;
        await page.GotoAsync("/staff/edit/living/test-staff/ja");
        var title = page.Locator("#title");
        await title.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        await title.FillAsync("Written after the account was disabled");

        using (var scope = site.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Kawasaki.Tabunka.Staff.Accounts.UserAdmin>().DisableAsync("test", email);
        }

        await page.ClickAsync(".editor-actions button:first-child");
        var notice = page.Locator(".error[role=alert] a[href='/staff/login']");
        await notice.WaitForAsync(new LocatorWaitForOptions { Timeout = Patience });
        var drafts = await site.Services.GetRequiredService<Kawasaki.Tabunka.Staff.Drafts.DraftService>().AllAsync();
        Assert.DoesNotContain(drafts, d => d.Text.Contains("Written after the account was disabled", StringComparison.Ordinal));
    }

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
        await page.ArrivedAt(new Regex("/staff/login(\\?.*)?$"));
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", oneTime);
        await page.ClickAsync("main button[type=submit]");

        await page.ArrivedAt("/staff/account/password");
        const string newPassword = "a long enough new password";
        await page.FillAsync("#current", oneTime);
        await page.FillAsync("#new", newPassword);
        await page.FillAsync("#confirm", newPassword);
        await page.ClickAsync("main button[type=submit]");
        await page.ArrivedAt("/staff");
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
