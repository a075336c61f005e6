// The staff member of tools/cluster.sh test, in a real browser: signs in through node A,
// publishes a guide in A's editor again and again, then carries the same sign-in to node B,
// publishes there and sets the emergency banner on B's banner page, while it watches the
// public pages of both nodes (directly, not through nginx) for each change.
//
//   dotnet Kawasaki.Tabunka.ClusterDriver.dll --a URL --b URL --email E --password ONE-TIME
//       [--publishes N] [--banners N] [--limit-ms 2000] [--outage-dir DIR]
//
// With --outage-dir, only the database outage, in step with tools/cluster.sh through empty
// files in DIR: the driver writes editor-ready (signed in, text typed in node A's editor),
// waits for db-down, clicks Publish and expects the database message with the text kept,
// writes editor-refused, waits for db-up, and publishes the same text from the same editor.
//
// Prints one line per figure; exits 1 with the reason when a step fails or a change takes
// longer than the limit to reach both nodes. Browser cookies are per host, not per port, so
// the cookie that A issues on 127.0.0.1 is the one B receives: that is the point of step 2.
using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

var options = Options.Parse(args);
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Environment.GetEnvironmentVariable("TABUNKA_CHROMIUM") ?? "/usr/bin/chromium",
    Headless = true,
    Args = ["--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-dev-shm-usage"],
});
await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
{
    ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
    Locale = "en-US",
});
context.SetDefaultTimeout(30_000);
var page = await context.NewPageAsync();
const string Guide = "disaster/call-119";
const string GuidePage = "/en/disaster/call-119";

try
{
    await SignInAsync(options.A);
    if (options.OutageDir is { } outage)
    {
        await OutageAsync(outage);
        return 0;
    }

    Console.WriteLine($"signed in through node A ({options.A})");

    // 1. Publishes in node A's editor, watched on both nodes.
    var times = new List<long>();
    var afterCommit = new List<long>();
    for (var i = 1; i <= options.Publishes; i++)
    {
        var (total, followed) = await PublishAndWatchAsync(options.A, $"Cluster publish {i} {Stamp()}");
        times.Add(total);
        afterCommit.Add(followed);
    }

    // The limit is on what several nodes add: from the commit (the editor's "Published") until
    // both serve it. The click's time also holds the editor's own save, as on a single node.
    Report($"1. a guide published in node A's editor ({options.Publishes} times) is served by both nodes, from the editor's \"Published\": {Stats(afterCommit)}; "
        + $"from the click on Publish: {Stats(times)}, in order: {string.Join(' ', times)}", afterCommit);

    // 2. The same browser on node B: its editor takes A's sign-in, and B's publish reaches A.
    var (throughB, afterB) = await PublishAndWatchAsync(options.B, $"Cluster publish through B {Stamp()}");
    Report($"2. the sign-in made on node A works in node B's editor; B's publish is served by both nodes {afterB} ms after its \"Published\" ({throughB} ms after the click)", [afterB]);

    // 3. The banner, set on node B's banner page, shows on both nodes.
    times.Clear();
    string? last = null;
    for (var i = 1; i <= options.Banners; i++)
    {
        last = $"Cluster banner {i} {Stamp()}";
        times.Add(await SetBannerAndWatchAsync(options.B, last));
    }

    Report($"3. the banner set on node B's banner page shows on both nodes, from the click on Set: {Stats(times)}", times);
    if (last is not null)
    {
        await page.GotoAsync(options.B + "/staff/banner");
        await ClickForOutcomeAsync("button.danger", "ul.ok", "ul.error", $"{options.B} did not clear the banner");
        await WatchAsync("/en/", html => !html.Contains(last, StringComparison.Ordinal), "the cleared banner gone");
        Console.WriteLine("   the banner cleared on node B is gone from both nodes");
    }

    return 0;
}
catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException or HttpRequestException)
{
    Console.Error.WriteLine($"FAIL: {e.Message.Split('\n')[0]} (at {page.Url})");
    return 1;
}

async Task OutageAsync(string folder)
{
    var marker = $"Cluster publish during the outage {Stamp()}";
    var body = await TypeInEditorAsync(options.A, marker);
    await SignalAsync(folder, "editor-ready");
    await AwaitSignalAsync(folder, "db-down");

    await page.ClickAsync("button.publish");
    var refusal = page.Locator(".messages .error");
    await refusal.WaitForAsync();
    var said = await refusal.InnerTextAsync();
    if (!said.Contains("cannot be reached", StringComparison.Ordinal) || !(await body.InputValueAsync()).Contains(marker, StringComparison.Ordinal))
    {
        throw new InvalidOperationException($"during the outage the editor said \"{said}\" and holds the text: {(await body.InputValueAsync()).Contains(marker, StringComparison.Ordinal)}");
    }

    Console.WriteLine($"   Publish in node A's editor during the outage: \"{said}\"; the typed text stayed in the editor");
    await SignalAsync(folder, "editor-refused");
    await AwaitSignalAsync(folder, "db-up");

    // The same editor, not reloaded, once node A says it follows the database again.
    var clock = Stopwatch.StartNew();
    while (!(await http.GetStringAsync(options.A + "/readyz")).Contains("the shared database answers", StringComparison.Ordinal))
    {
        if (clock.Elapsed > TimeSpan.FromSeconds(60))
        {
            throw new TimeoutException("node A did not follow the database again within 60 s");
        }

        await Task.Delay(100);
    }

    var followed = clock.ElapsedMilliseconds;
    var attempts = 0;
    var refusals = new List<string>();
    while (true)
    {
        // The outage's message is still on screen, the same words a new refusal would have:
        // success is the "Published" message, and a click without it within 10 s is refused.
        attempts++;
        await page.ClickAsync("button.publish");
        var published = page.Locator(".messages .ok");
        try
        {
            await published.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
            break;
        }
        catch (TimeoutException)
        {
            refusals.Add(await page.Locator(".messages").InnerTextAsync());
        }

        if (clock.Elapsed > TimeSpan.FromSeconds(60))
        {
            throw new TimeoutException($"the editor still could not publish 60 s after the database came back: {refusals[^1]}");
        }

        await Task.Delay(1000);
    }

    await WatchAsync(GuidePage, html => html.Contains(marker, StringComparison.Ordinal), $"'{marker}'");
    Console.WriteLine($"   the database back: node A followed it after {followed} ms; the same editor then published the kept text on attempt {attempts}"
        + $"{(refusals.Count > 0 ? $" (before: {string.Join(" / ", refusals)})" : "")}, served by both nodes {clock.ElapsedMilliseconds - followed} ms later");
}

static async Task SignalAsync(string folder, string name) => await File.WriteAllTextAsync(Path.Combine(folder, name), "");

static async Task AwaitSignalAsync(string folder, string name)
{
    var deadline = Stopwatch.StartNew();
    while (!File.Exists(Path.Combine(folder, name)))
    {
        if (deadline.Elapsed > TimeSpan.FromMinutes(2))
        {
            throw new TimeoutException($"no {name} from tools/cluster.sh within 2 minutes");
        }

        await Task.Delay(100);
    }
}

async Task SignInAsync(string node)
{
    await page.GotoAsync(node + "/staff/login");
    await page.FillAsync("#email", options.Email);
    await page.FillAsync("#password", options.Password);
    await page.ClickAsync("main button[type=submit]");
    await ArrivedAsync(node + "/staff/account/password");
    var chosen = $"cluster-{Guid.NewGuid():N}";
    await page.FillAsync("#current", options.Password);
    await page.FillAsync("#new", chosen);
    await page.FillAsync("#confirm", chosen);
    await page.ClickAsync("main button[type=submit]");
    await ArrivedAsync(node + "/staff");
    // The staff area starts in Japanese; the messages this program reads are the English ones.
    await page.ClickAsync(".staff-user button[lang=en]");
    await page.Locator("html[lang=en]").WaitForAsync();
}

// Opens NODE's editor on the guide and types its published body, without the lines earlier
// publishes added, followed by MARKER; returns the body's field.
async Task<ILocator> TypeInEditorAsync(string node, string marker)
{
    await page.GotoAsync($"{node}/staff/edit/{Guide}/en");
    if (new Uri(page.Url).AbsolutePath.StartsWith("/staff/login", StringComparison.Ordinal))
    {
        throw new InvalidOperationException($"{node} sent the signed-in browser to the sign-in page");
    }

    var body = page.Locator("#body");
    await body.WaitForAsync();
    var published = string.Join('\n', (await body.InputValueAsync()).Split('\n').Where(l => !l.StartsWith("Cluster publish", StringComparison.Ordinal))).TrimEnd();
    await body.FillAsync($"{published}\n\n{marker}\n");
    return body;
}

// Milliseconds from the click until both nodes serve the text, and from the editor's message
// (the publish committed) until then.
async Task<(long Total, long AfterCommit)> PublishAndWatchAsync(string node, string marker)
{
    await TypeInEditorAsync(node, marker);
    var clock = Stopwatch.StartNew();
    await ClickForOutcomeAsync("button.publish", ".messages .ok", ".messages .error", $"{node} did not publish");
    var committed = clock.ElapsedMilliseconds;
    await WatchAsync(GuidePage, html => html.Contains(marker, StringComparison.Ordinal), $"'{marker}'");
    return (clock.ElapsedMilliseconds, clock.ElapsedMilliseconds - committed);
}

async Task<long> SetBannerAndWatchAsync(string node, string marker)
{
    await page.GotoAsync(node + "/staff/banner");
    var required = page.Locator("textarea[required]");
    await required.First.WaitForAsync();
    for (var i = 0; i < await required.CountAsync(); i++)
    {
        await required.Nth(i).FillAsync(marker);
    }

    var clock = Stopwatch.StartNew();
    await ClickForOutcomeAsync("form.staff-form button.publish", "ul.ok", "ul.error", $"{node} did not set the banner");

    await WatchAsync("/en/", html => html.Contains(marker, StringComparison.Ordinal), $"the banner '{marker}'");
    return clock.ElapsedMilliseconds;
}

// Clicks BUTTON on a freshly opened page and waits for its outcome: OK, or ERROR's words thrown.
async Task ClickForOutcomeAsync(string button, string ok, string error, string refused)
{
    await page.ClickAsync(button);
    var outcome = page.Locator($"{ok}, {error}");
    await outcome.WaitForAsync();
    if (await page.Locator(error).CountAsync() > 0)
    {
        throw new InvalidOperationException($"{refused}: {await outcome.InnerTextAsync()}");
    }
}

// Asks both nodes for PATH until each has shown what is awaited, for at most 60 s.
async Task WatchAsync(string path, Func<string, bool> seen, string what)
{
    var pending = new HashSet<string>([options.A, options.B]);
    var deadline = Stopwatch.StartNew();
    while (pending.Count > 0)
    {
        foreach (var node in pending.ToList())
        {
            if (seen(await http.GetStringAsync(node + path)))
            {
                pending.Remove(node);
            }
        }

        if (deadline.Elapsed > TimeSpan.FromSeconds(60))
        {
            throw new TimeoutException($"{what} not served at {path} by {string.Join(" and ", pending)} within 60 s");
        }

        await Task.Delay(10);
    }
}

// Playwright's WaitForURLAsync has missed a load event on a busy machine: poll the address.
async Task ArrivedAsync(string url)
{
    var deadline = Stopwatch.StartNew();
    while (page.Url.Split('?')[0].TrimEnd('/') != url.TrimEnd('/'))
    {
        if (deadline.Elapsed > TimeSpan.FromSeconds(30))
        {
            throw new TimeoutException($"did not arrive at {url}");
        }

        await Task.Delay(50);
    }
}

void Report(string line, IEnumerable<long> times)
{
    Console.WriteLine(line);
    if (times.Max() > options.LimitMs)
    {
        throw new TimeoutException($"a change took {times.Max()} ms to reach both nodes (limit {options.LimitMs} ms)");
    }
}

static string Stamp() => DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);

static string Stats(List<long> times)
{
    var sorted = times.Order().ToList();
    var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    return $"median {median} ms, max {sorted[^1]} ms (n={sorted.Count})";
}

internal sealed record Options(string A, string B, string Email, string Password, int Publishes, int Banners, long LimitMs, string? OutageDir)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        string Required(string name) => values.TryGetValue(name, out var value) ? value.TrimEnd('/')
            : throw new ArgumentException($"missing {name}; usage: --a URL --b URL --email E --password P [--publishes N] [--banners N] [--limit-ms MS] [--outage-dir DIR]");
        int Number(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
        return new Options(Required("--a"), Required("--b"), Required("--email"), values.GetValueOrDefault("--password") ?? Required("--password"),
            Number("--publishes", 20), Number("--banners", 5), Number("--limit-ms", 2000), values.GetValueOrDefault("--outage-dir"));
    }
}
