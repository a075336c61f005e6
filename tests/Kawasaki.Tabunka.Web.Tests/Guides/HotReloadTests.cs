using System.Diagnostics;
using System.Net;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;

namespace Kawasaki.Tabunka.Web.Tests.Guides;

/// <summary>Edits under the content path show on the site without a restart.</summary>
[Collection(SiteCollection.Name)]
public sealed class HotReloadTests(SiteFixture site) : IDisposable
{
    private readonly HttpClient _client = site.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        var folder = Path.Combine(site.ContentPath, TestGuides.Topic, "test-reload");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Polls until the page's h1 is <paramref name="title"/>; the site promises two seconds, the test allows ten.</summary>
    private async Task<TimeSpan> WaitForTitle(string url, string title)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            using var response = await _client.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
                if (page.QuerySelector("article h1")?.TextContent == title)
                {
                    return clock.Elapsed;
                }
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{url} did not show '{title}' within 10 s");
        return default;
    }

    [Fact]
    public async Task A_new_guide_an_edit_and_a_broken_edit_show_without_a_restart()
    {
        const string url = "/en/living/test-reload";
        TestGuides.Write(site.ContentPath, "test-reload/en.md", TestGuides.Simple("First version"));
        await WaitForTitle(url, "First version");

        TestGuides.Write(site.ContentPath, "test-reload/en.md", TestGuides.Simple("Second version"));
        await WaitForTitle(url, "Second version");

        TestGuides.Write(site.ContentPath, "test-reload/en.md", "---\ntitle: Third\nsummary: [oops\n");
        await Task.Delay(ContentReloadGrace);
        await WaitForTitle(url, "Second version");
    }

    private static readonly TimeSpan ContentReloadGrace = TimeSpan.FromSeconds(1);
}
