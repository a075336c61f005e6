using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Kawasaki.Tabunka.Web.Tests.Infrastructure;

/// <summary>
/// Waiting for a navigation that a click or a key started. Playwright's <c>WaitForURLAsync</c>
/// also waits for the new document's load event as Playwright tracks it, and on a loaded
/// 2-core machine it has missed one: the page had arrived and loaded its styles within half a
/// second, and the wait still ran out after 90 s. So the address is polled instead, then the
/// document's own <c>readyState</c>.
/// </summary>
public static class Arrival
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>Waits until the page's address ends with <paramref name="pathAndQuery"/> and the
    /// document there has been parsed.</summary>
    public static Task ArrivedAt(this IPage page, string pathAndQuery) =>
        page.ArrivedAt(new Regex(Regex.Escape(pathAndQuery) + "$"));

    public static async Task ArrivedAt(this IPage page, Regex address)
    {
        await Assertions.Expect(page).ToHaveURLAsync(address, new PageAssertionsToHaveURLOptions { Timeout = (float)Patience.TotalMilliseconds });
        var deadline = DateTime.UtcNow + Patience;
        while (await ReadyState(page) == "loading")
        {
            Assert.True(DateTime.UtcNow < deadline, $"{page.Url} was still loading after {Patience.TotalSeconds} s");
            await Task.Delay(50);
        }
    }

    private static async Task<string> ReadyState(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string>("document.readyState");
        }
        catch (PlaywrightException)
        {
            // The document was replaced while being asked (a redirect): ask the next one.
            return "loading";
        }
    }
}
