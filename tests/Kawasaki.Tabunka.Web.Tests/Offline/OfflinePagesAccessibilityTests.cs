using Deque.AxeCore.Playwright;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kawasaki.Tabunka.Web.Tests.Offline;

/// <summary>
/// axe on the pages this wave added, in every language: the cards to show in Japanese, what to
/// do in an earthquake, the offline page, the disaster topic with its save section shown (as it
/// is when the phone has a service worker), a guide with "Listen" shown (a voice for every
/// language) and a bilingual leaflet.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class OfflinePagesAccessibilityTests(SiteFixture site)
{
    public static TheoryData<string> Languages() => [.. new LanguageRegistry().All.Select(l => l.Id)];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_new_pages_have_no_axe_violations(string lang)
    {
        await using var context = await site.NewPhoneContext();
        await context.AddInitScriptAsync(Guides.ReadAloudBrowserTests.FakeSpeech([.. new LanguageRegistry().All.Select(l => l.CultureName)]));
        var page = await context.NewPageAsync();
        var findings = new List<string>();
        foreach (var path in new[] { $"/{lang}/disaster/phrase-cards", $"/{lang}/disaster/what-to-do-now", $"/{lang}/offline", $"/{lang}/disaster/", $"/{lang}/disaster/call-119", $"/{lang}/consultation/dv-support/print" })
        {
            await page.GotoAsync(path);
            if (path.EndsWith("/disaster/", StringComparison.Ordinal))
            {
                await page.Locator(".offline-pack").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 15_000 });
            }

            if (path.EndsWith("/call-119", StringComparison.Ordinal))
            {
                await page.Locator(".read-aloud").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 15_000 });
            }

            var result = await page.RunAxe();
            findings.AddRange(result.Violations.Select(v => $"{path}: {v.Id} ({v.Impact}) {string.Join(" | ", v.Nodes.Select(n => n.Html).Take(2))}"));
        }

        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }
}
