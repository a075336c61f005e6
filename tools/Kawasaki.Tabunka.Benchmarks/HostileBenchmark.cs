using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Markdown;

namespace Kawasaki.Tabunka.Benchmarks;

/// <summary>
/// How long the hostile-input set (<c>tests/Kawasaki.Tabunka.Web.Tests/Hosting/hostile-inputs.tsv</c>)
/// takes, case by case: URL, query, header and form cases against a running site
/// (<c>--url</c>, default http://127.0.0.1:5000), front-matter and Markdown cases through the
/// reader and renderer in process (what the site does once per saved file). Prints the slowest
/// cases, so that an input that costs the site far more than a normal page shows up here
/// rather than on the day. Start the site with a search limit high enough for the run
/// (<c>Tabunka__Search__RequestsPerMinute=100000</c>), or the search cases measure the 429.
/// </summary>
internal static class HostileBenchmark
{
    private const int Rounds = 10;

    public static int Run(string[] args)
    {
        var url = args.SkipWhile(a => a != "--url").Skip(1).FirstOrDefault() ?? "http://127.0.0.1:5000";
        var cases = File.ReadLines(Path.Combine(Repository.Root, "tests", "Kawasaki.Tabunka.Web.Tests", "Hosting", "hostile-inputs.tsv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select((l, i) => (Line: i + 2, Columns: l.Split('\t')))
            .Select(c => (c.Line, Kind: c.Columns[0], Target: c.Columns[1], Payload: Unescape(c.Columns[2])))
            .ToList();

        using var client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            RequestHeaderEncodingSelector = (_, _) => Encoding.Latin1,
        })
        { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };

        try
        {
            using var probe = client.GetAsync("/healthz").GetAwaiter().GetResult();
        }
        catch (HttpRequestException e)
        {
            Console.Error.WriteLine($"hostile: no site at {url} ({e.Message}); start it with `dotnet run -c Release --project src/Kawasaki.Tabunka.Web` or pass --url");
            return 1;
        }

        var results = new List<(int Line, string Kind, string Shown, double Median, double Max, int Status)>();
        foreach (var (line, kind, target, payload) in cases)
        {
            var times = new List<double>();
            var status = 0;
            for (var round = 0; round < Rounds + 2; round++)
            {
                var start = Stopwatch.GetTimestamp();
                status = kind is "frontmatter" or "markdown" ? RenderInProcess(kind, payload) : Send(client, kind, target, payload);
                if (round >= 2)
                {
                    times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }

            times.Sort();
            var shown = kind is "path" or "query" ? target : $"{target} {payload}";
            results.Add((line, kind, shown.Length > 70 ? shown[..70] + $"…({shown.Length} chars)" : shown, times[times.Count / 2], times[^1], status));
        }

        Console.WriteLine($"{cases.Count} hostile cases, {Rounds} rounds each after 2 warm-up rounds; HTTP cases against {url}");
        if (results.Count(r => r.Status == 429) is > 0 and var limited)
        {
            Console.WriteLine($"  warning: {limited} cases were answered 429 (rate limit); start the site with Tabunka__Search__RequestsPerMinute=100000");
        }

        foreach (var group in results.GroupBy(r => r.Kind))
        {
            Console.WriteLine($"  {group.Key,-12} {group.Count(),3} cases  median {Median(group.Select(r => r.Median)),7:F2} ms  slowest {group.Max(r => r.Max),7:F2} ms");
        }

        Console.WriteLine("slowest cases (median of rounds):");
        foreach (var r in results.OrderByDescending(r => r.Median).Take(5))
        {
            Console.WriteLine($"  {r.Median,8:F2} ms (max {r.Max,8:F2}) line {r.Line,3} {r.Kind,-11} {(r.Status == 0 ? "" : r.Status.ToString(CultureInfo.InvariantCulture))} {r.Shown.ReplaceLineEndings("\\n")}");
        }

        return 0;
    }

    private static int Send(HttpClient client, string kind, string target, string payload)
    {
        using var request = new HttpRequestMessage(kind == "form" ? HttpMethod.Post : HttpMethod.Get, new Uri(target, UriKind.Relative));
        if (kind == "header")
        {
            var colon = payload.IndexOf(':', StringComparison.Ordinal);
            var (name, value) = (payload[..colon], payload[(colon + 1)..].TrimStart());
            if (name == "Host")
            {
                request.Headers.Host = value;
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }
        else if (kind == "form")
        {
            request.Content = new StringContent(payload, Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        using var response = client.Send(request);
        response.Content.ReadAsStream().CopyTo(Stream.Null);
        return (int)response.StatusCode;
    }

    /// <summary>What the site does with a saved file: read it, and render its body when it is sound.</summary>
    private static int RenderInProcess(string kind, string payload)
    {
        var text = kind == "frontmatter"
            ? $"---\n{payload}\n---\n\nText.\n"
            : $"---\ntitle: Hostile\nsummary: S\nupdated: 2026-04-01\n---\n\n{payload}\n";
        var problems = new List<ContentProblem>();
        var version = GuideFileReader.Read("living", "test-hostile", "en", "en.md", text, problems);
        if (version is not null)
        {
            GuideMarkdown.Render(GuideMarkdown.Parse(GuideFile.Parse(text).Body), new GuideRenderOptions(false, (_, target) => "/en/" + target, label => label, Script.Latin));
        }

        return 0;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>The payload column's escapes: <c>\n</c>, <c>\t</c>, <c>\\</c>, <c>\uXXXX</c>.</summary>
    private static string Unescape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                result.Append(text[i]);
                continue;
            }

            var next = text[++i];
            if (next == 'u')
            {
                result.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 4;
            }
            else
            {
                result.Append(next switch { 'n' => '\n', 't' => '\t', _ => next });
            }
        }

        return result.ToString();
    }
}
