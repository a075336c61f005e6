using Kawasaki.Tabunka.Core.Banner;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kawasaki.Tabunka.Web.Tests.Offline;

/// <summary>
/// The phone without a network: save the pack on a disaster page, lose the network, still read
/// the saved guides (marked as copies), get the offline page for the rest; back online, the
/// current page and banner; and the service worker never answers for the staff area.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class OfflineBrowserTests(SiteFixture site) : IDisposable
{
    public void Dispose() => site.Services.GetRequiredService<BannerStore>().Clear();

    private static async Task SaveThePack(IPage page)
    {
        await page.GotoAsync("/en/disaster/");
        var section = page.Locator(".offline-pack");
        await section.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 15_000 });
        await page.ClickAsync(".offline-save");
        await page.Locator(".offline-status", new PageLocatorOptions { HasTextString = "Saved for offline" })
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.True(await page.Locator(".offline-remove").IsVisibleAsync());
    }

    [Fact]
    public async Task Saved_guides_open_without_a_network_as_dated_copies_and_other_pages_get_the_offline_page()
    {
        await using var context = await site.NewPhoneContext();
        var page = await context.NewPageAsync();
        await SaveThePack(page);

        await context.SetOfflineAsync(true);
        foreach (var (url, heading) in new[]
        {
            ("/en/disaster/call-119", "Calling 119"),
            ("/en/disaster/phrase-cards", "Cards to show in Japanese"),
            ("/en/consultation/dv-support", null),
        })
        {
            await page.GotoAsync(url);
            var h1 = await page.InnerTextAsync("article h1");
            Assert.True(heading is null || h1.StartsWith(heading, StringComparison.Ordinal), $"{url}: h1 '{h1}'");
            var notice = page.Locator(".offline-notice");
            Assert.True(await notice.IsVisibleAsync(), $"{url} shows no offline notice");
            Assert.Contains("You are offline", await notice.InnerTextAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(19, await CountCards(page));

        await page.GotoAsync("/en/school/school-enrollment");
        Assert.Equal("You are offline", await page.InnerTextAsync("h1"));
        var saved = await page.Locator(".offline-saved a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/en/disaster/what-to-do-now", saved);
        Assert.Contains("/en/disaster/phrase-cards", saved);
    }

    private static async Task<int> CountCards(IPage page)
    {
        await page.GotoAsync("/en/disaster/phrase-cards");
        return await page.Locator("figure.phrase-card").CountAsync();
    }

    [Fact]
    public async Task Back_online_a_banner_set_meanwhile_is_on_the_next_page_load()
    {
        await using var context = await site.NewPhoneContext();
        var page = await context.NewPageAsync();
        await SaveThePack(page);

        await context.SetOfflineAsync(true);
        await page.GotoAsync("/en/disaster/call-119");
        Assert.Equal(0, await page.Locator(".banner").CountAsync());

        site.Services.GetRequiredService<BannerStore>().Set(new EmergencyBanner(
            new Dictionary<string, string> { ["ja-easy"] = "つなみ", ["en"] = "Offline test tsunami warning" },
            DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1), "test", DateTime.UtcNow));
        await context.SetOfflineAsync(false);

        // The site's own cache drops pages within a second or two of a banner change.
        var shown = false;
        for (var i = 0; i < 20 && !shown; i++)
        {
            await page.GotoAsync("/en/disaster/call-119");
            shown = (await page.Locator(".banner").CountAsync()) > 0;
            if (!shown)
            {
                await Task.Delay(500);
            }
        }

        Assert.True(shown, "the banner did not appear online after the phone had been offline");
        Assert.False(await page.Locator(".offline-notice").IsVisibleAsync());
    }

    [Fact]
    public async Task The_service_worker_never_answers_for_the_staff_area()
    {
        await using var context = await site.NewPhoneContext();
        var page = await context.NewPageAsync();
        await SaveThePack(page);
        await page.GotoAsync("/staff/login");
        await page.GotoAsync("/en/");

        var cached = await page.EvaluateAsync<string[]>("""
            async () => {
              const urls = [];
              for (const key of await caches.keys()) {
                for (const request of await (await caches.open(key)).keys()) urls.push(new URL(request.url).pathname);
              }
              return urls;
            }
            """);
        Assert.Contains("/en/disaster/call-119", cached);
        Assert.DoesNotContain(cached, u => u.StartsWith("/staff", StringComparison.OrdinalIgnoreCase) || u.StartsWith("/api/", StringComparison.Ordinal));

        await context.SetOfflineAsync(true);
        var failed = false;
        try
        {
            var response = await page.GotoAsync("/staff/login");
            failed = response is null || !response.Ok;
        }
        catch (PlaywrightException)
        {
            failed = true;
        }

        Assert.True(failed, "a staff page answered without a network");
    }

    [Fact]
    public async Task A_saved_pack_is_saved_again_on_the_next_online_visit_after_a_guide_changed()
    {
        await using var context = await site.NewPhoneContext();
        var page = await context.NewPageAsync();
        await SaveThePack(page);

        var file = Path.Combine(site.ContentPath, "disaster", "call-119", "en.md");
        var original = await File.ReadAllTextAsync(file);
        const string Correction = "Pack refresh check: this sentence was added after the pack was saved.";
        try
        {
            await File.WriteAllTextAsync(file, original.TrimEnd() + "\n\n" + Correction + "\n");
            await WaitForPage("/en/disaster/call-119", html => html.Contains(Correction, StringComparison.Ordinal));

            // Any disaster page asks the worker for the pack's state, which compares it with the site's.
            await page.GotoAsync("/en/disaster/");
            var refreshed = false;
            for (var i = 0; i < 120 && !refreshed; i++)
            {
                refreshed = await page.EvaluateAsync<bool>(
                    """
                    async (text) => {
                      if ((await caches.keys()).some((key) => key.startsWith('staging-'))) return false;
                      const pack = await caches.open('pack-en');
                      const saved = await pack.match('/en/disaster/call-119');
                      const list = await pack.match('/__pack__');
                      if (!saved || !list) return false;
                      const current = await (await fetch('/en/offline-pack.json', { cache: 'no-store' })).json();
                      return (await list.json()).version === current.version && (await saved.text()).includes(text);
                    }
                    """,
                    Correction);
                if (!refreshed)
                {
                    await Task.Delay(500);
                }
            }

            Assert.True(refreshed, "the saved pack was not saved again within 60 s");

            await context.SetOfflineAsync(true);
            await page.GotoAsync("/en/disaster/call-119");
            Assert.Contains(Correction, await page.InnerTextAsync(".guide-body"), StringComparison.Ordinal);
            Assert.True(await page.Locator(".offline-notice").IsVisibleAsync());
        }
        finally
        {
            await File.WriteAllTextAsync(file, original);
            await WaitForPage("/en/disaster/call-119", html => !html.Contains(Correction, StringComparison.Ordinal));
        }
    }

    private async Task WaitForPage(string url, Func<string, bool> condition)
    {
        using var client = site.CreateClient();
        for (var i = 0; i < 60; i++)
        {
            if (condition(await client.GetStringAsync(url)))
            {
                return;
            }

            await Task.Delay(500);
        }

        Assert.Fail($"{url} did not change within 30 s");
    }
}
