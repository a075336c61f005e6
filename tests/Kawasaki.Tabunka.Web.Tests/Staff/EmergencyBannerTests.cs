using System.Diagnostics;
using Kawasaki.Tabunka.Core.Banner;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Web.Tests.Staff;

[Collection(SiteCollection.Name)]
public sealed class EmergencyBannerTests(SiteFixture site) : IDisposable
{
    private readonly HttpClient _client = site.CreateClient();

    public void Dispose()
    {
        site.Services.GetRequiredService<BannerStore>().Clear();
        _client.Dispose();
    }

    private async Task<AngleSharp.Dom.IElement?> BannerOn(string url) => (await _client.GetDocumentAsync(url)).QuerySelector(".banner");

    private async Task<AngleSharp.Dom.IElement?> WaitFor(string url, bool present)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            var banner = await BannerOn(url);
            if ((banner is not null) == present)
            {
                return banner;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"the banner was {(present ? "not shown" : "still shown")} on {url} after 10 s");
        return null;
    }

    [Fact]
    public async Task A_banner_shows_on_every_public_page_in_the_readers_language_or_its_fallback_and_goes_when_cleared()
    {
        var banners = site.Services.GetRequiredService<BannerStore>();
        // Written to the file directly, as `banner set` does when the staff area is down.
        File.WriteAllText(Path.Combine(site.DataPath, BannerStore.FileName), System.Text.Json.JsonSerializer.Serialize(new EmergencyBanner(
            new Dictionary<string, string> { ["ja-easy"] = "つなみに ちゅうい して ください", ["en"] = "Tsunami warning: move to high ground.", ["vi"] = "Cảnh báo sóng thần" },
            DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1), "test", DateTime.UtcNow)));

        var english = await WaitFor("/en/", present: true);
        Assert.Contains("Tsunami warning", english!.TextContent, StringComparison.Ordinal);
        Assert.Equal("alert", english.GetAttribute("role"));
        Assert.Contains("Cảnh báo sóng thần", (await WaitFor("/vi/disaster/", present: true))!.TextContent, StringComparison.Ordinal);
        var nepali = await WaitFor("/ne/search?q=x", present: true);
        Assert.Equal("ja", nepali!.QuerySelector("span[lang]")!.GetAttribute("lang"));

        banners.Clear();
        await WaitFor("/en/", present: false);
    }

    [Fact]
    public async Task A_banner_outside_its_time_window_is_not_shown()
    {
        site.Services.GetRequiredService<BannerStore>().Set(new EmergencyBanner(
            new Dictionary<string, string> { ["ja-easy"] = "あした", ["en"] = "Tomorrow" },
            DateTime.UtcNow.AddDays(1), null, "test", DateTime.UtcNow));

        Assert.Null(await BannerOn("/en/"));
    }

    [Fact]
    public async Task A_prepared_banner_links_to_its_guide_in_the_readers_language()
    {
        var template = site.Services.GetRequiredService<Kawasaki.Tabunka.Core.Content.ContentStore>().Current.BannerTemplates.Single(t => t.Id == "tsunami-warning");
        site.Services.GetRequiredService<BannerStore>().Set(new EmergencyBanner(
            template.Texts, DateTime.UtcNow.AddMinutes(-1), null, "test", DateTime.UtcNow, template.Guide));

        var banner = await WaitFor("/pt/", present: true);
        Assert.Contains("Tsunami", banner!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/pt/disaster/what-to-do-now", banner.QuerySelector("a")?.GetAttribute("href"));
    }
}
