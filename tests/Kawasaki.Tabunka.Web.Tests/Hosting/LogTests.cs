using System.Net;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;

namespace Kawasaki.Tabunka.Web.Tests.Hosting;

/// <summary>What the operator reads in the log: one line per event, whatever a request carried.</summary>
[Collection(SiteCollection.Name)]
public sealed class LogTests(SiteFixture site) : IDisposable
{
    private readonly HttpClient _client = site.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task A_path_with_a_line_break_cannot_forge_a_log_line()
    {
        using var response = await _client.GetAsync(new Uri("/en/x%0D%0A[23:59:59 ERR] FORGED%1B[2J", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var logged = await Eventually(() => site.Logs.Events.Select(e => e.RenderMessage()).LastOrDefault(m => m.Contains("FORGED", StringComparison.Ordinal)));
        Assert.DoesNotContain('\r', logged);
        Assert.DoesNotContain('\n', logged);
        Assert.DoesNotContain('\u001b', logged);
        Assert.Contains(@"x\u000d\u000a[23:59:59 ERR] FORGED\u001b[2J", logged, StringComparison.Ordinal);
    }

    /// <summary>The request log is written when the response completes, a moment after the client has it.</summary>
    private static async Task<string> Eventually(Func<string?> find)
    {
        for (var i = 0; i < 100; i++)
        {
            if (find() is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("The request was not logged within 5 seconds.");
    }
}
