using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kawasaki.Tabunka.Web.Hosting;

/// <summary>
/// <c>/readyz</c>'s body: the overall status on the first line (what a probe reads), then one
/// line per check with its status and why, so an operator sees "the shared database has not
/// answered since ..." without opening the logs. Nothing secret: no exception text.
/// </summary>
public static class HealthReportText
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var lines = new List<string> { report.Status.ToString() };
        lines.AddRange(report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => $"{e.Key}: {e.Value.Status}{(string.IsNullOrEmpty(e.Value.Description) ? "" : " - " + e.Value.Description)}"));
        return context.Response.WriteAsync(string.Join('\n', lines) + "\n");
    }
}
