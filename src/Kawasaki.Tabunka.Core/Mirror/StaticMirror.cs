using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Kawasaki.Tabunka.Core.Content;

namespace Kawasaki.Tabunka.Core.Mirror;

/// <summary>
/// Writes a static copy of the public site, as a running site serves it, into a folder that
/// any web server or CDN can serve when no node answers: every page of <c>/sitemap.xml</c>,
/// <c>/</c>, each language's home and offline page, the service worker and offline pack
/// lists, and every same-origin stylesheet, script, image, icon and manifest they reference.
/// </summary>
/// <remarks>
/// A page <c>/en/disaster/call-119</c> is written as <c>en/disaster/call-119/index.html</c>,
/// <c>/</c> as <c>index.html</c>, any other file at its path without the query string (a
/// static server looks files up by path alone). <c>{lang}/search/index.html</c> is that
/// language's home page with its search form taken out: the topics, reachable without a
/// server. The folder is built beside the target and swapped in whole, so a server never
/// serves half of one; when a page cannot be fetched the old folder stays as it was.
/// </remarks>
public sealed partial class StaticMirror
{
    /// <summary>The file in the mirror's root that says when it was made and what it holds.</summary>
    public const string InfoFile = "mirror.json";

    private const string SitemapPath = "/sitemap.xml";
    private const string WorkerPath = "/sw.js";

    // What a static copy must never hold or point a server at: the staff area, Blazor's live
    // connection and the API answer per request and make no sense without the site.
    private static readonly string[] ExcludedSections = ["staff", "_blazor", "api"];

    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly HttpClient _client;
    private readonly StaticMirrorOptions _options;
    private readonly TimeProvider _time;

    /// <param name="client">Reaches the site: its <see cref="HttpClient.BaseAddress"/> is the
    /// site's scheme and host. It should keep no cookies and follow no redirects (a redirect is
    /// not a page and fails the mirror).</param>
    /// <param name="options">Requests at once, and the <c>Host</c> header to send.</param>
    /// <param name="time">The clock for <c>mirror.json</c> and the time taken.</param>
    public StaticMirror(HttpClient client, StaticMirrorOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (client.BaseAddress is not { IsAbsoluteUri: true })
        {
            throw new ArgumentException("the client needs the site's address as its BaseAddress", nameof(client));
        }

        _client = client;
        _options = options ?? new StaticMirrorOptions();
        if (_options.Concurrency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Concurrency must be at least 1");
        }

        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// Fetches the site and replaces <paramref name="directory"/> with the new mirror.
    /// </summary>
    /// <exception cref="MirrorException">A page, the sitemap or a required file could not be
    /// fetched (the problems name each URL); <paramref name="directory"/> is left as it was.</exception>
    public async Task<MirrorResult> WriteAsync(string directory, CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("the mirror cannot be a file system root", nameof(directory));

        var sitemap = await FetchAsync(SitemapPath, cancellationToken);
        if (sitemap.Problem is { } unreachable)
        {
            // The message names the URL already: a site that is down is one problem, not one per page.
            throw new MirrorException($"could not read {_client.BaseAddress!.GetLeftPart(UriPartial.Authority)}{SitemapPath}: {unreachable.Reason}", []);
        }

        var plan = Plan(sitemap.Body!);
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, Path.GetFileName(target));
        var building = Path.Combine(parent, $"{Path.GetFileName(target)}.tmp-{RandomSuffix()}");
        Directory.CreateDirectory(building);
        try
        {
            var run = new Run(building);
            run.Write(SitemapPath, sitemap.Body!);
            run.Claim(SitemapPath);

            await ForEachAsync(plan.Pages, (path, token) => FetchPageAsync(run, path, token), cancellationToken);
            await ForEachAsync(plan.Files, (path, token) => FetchFileAsync(run, path, required: true, token), cancellationToken);

            // Stylesheets and the manifest can name further files; a handful of rounds is plenty.
            for (var round = 0; round < 5 && run.TakeReferences() is { Count: > 0 } references; round++)
            {
                await ForEachAsync(references, (path, token) => FetchFileAsync(run, path, required: false, token), cancellationToken);
            }

            foreach (var language in plan.Languages)
            {
                if (run.Homes.TryGetValue(language, out var home))
                {
                    run.Write(SiteUrls.Search(language) + "/", TopicsWithoutSearch(home), page: true);
                }
            }

            if (!run.Failures.IsEmpty)
            {
                var failures = run.Failures.OrderBy(f => f.Url, StringComparer.Ordinal).ToList();
                throw new MirrorException($"{failures.Count} URL(s) could not be fetched", failures);
            }

            var made = _time.GetUtcNow();
            var info = JsonSerializer.SerializeToUtf8Bytes(new
            {
                made = made.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                pages = run.Pages,
                files = run.Files,
            });
            await File.WriteAllBytesAsync(Path.Combine(building, InfoFile), info, cancellationToken);

            Swap(building, target);
            return new MirrorResult(target, run.Pages, run.Files, run.Skipped.OrderBy(f => f.Url, StringComparer.Ordinal).ToList(), made, _time.GetElapsedTime(started));
        }
        catch
        {
            TryDelete(building);
            throw;
        }
    }

    /// <summary>The pages and files to fetch, from the sitemap's URLs.</summary>
    private static (List<string> Pages, List<string> Files, List<string> Languages) Plan(byte[] sitemap)
    {
        XDocument document;
        try
        {
            using var stream = new MemoryStream(sitemap);
            document = XDocument.Load(stream);
        }
        catch (System.Xml.XmlException e)
        {
            throw new MirrorException($"{SitemapPath} is not a sitemap: {e.Message}", []);
        }

        // Only the path and query of each URL: the sitemap names the public origin, which may
        // well be the address that is down; the pages are fetched from the site given.
        var listed = new List<string>();
        foreach (var loc in document.Descendants(SitemapNs + "loc"))
        {
            if (Uri.TryCreate(loc.Value.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                listed.Add(url.PathAndQuery);
            }
        }

        if (listed.Count == 0)
        {
            // Whatever answered is not the site's sitemap: better the old mirror than an empty one.
            throw new MirrorException($"{SitemapPath} lists no pages", []);
        }

        // Every page lives under its language, /{lang}/...: the first segment of such paths.
        var languages = listed.Select(p => p.Split('/'))
            .Where(s => s is ["", { Length: > 0 }, _, ..])
            .Select(s => s[1]).Distinct(StringComparer.Ordinal).ToList();
        var pages = new List<string> { "/" };
        foreach (var language in languages)
        {
            pages.Add(SiteUrls.Home(language));
        }

        pages.AddRange(listed);
        pages.AddRange(languages.Select(SiteUrls.Offline));

        // What the service worker fetches on a phone: served from the mirror too, so that a
        // phone that saved pages keeps working when the mirror is what answers.
        var files = new List<string> { WorkerPath };
        files.AddRange(languages.Select(SiteUrls.OfflinePack));
        files.AddRange(languages.Select(SiteUrls.Manifest));
        return (pages.Where(p => !IsExcluded(p)).Distinct(StringComparer.Ordinal).ToList(), files.Distinct(StringComparer.Ordinal).ToList(), languages);
    }

    private async Task FetchPageAsync(Run run, string path, CancellationToken cancellationToken)
    {
        if (!run.Claim(path))
        {
            return;
        }

        var fetched = await FetchAsync(path, cancellationToken);
        if (fetched.Problem is { } problem)
        {
            run.Failures.Enqueue(problem);
            return;
        }

        if (!run.Write(path, fetched.Body!, page: true))
        {
            run.Failures.Enqueue(new MirrorProblem(path, "not a path a file can be written at"));
            return;
        }

        var html = Encoding.UTF8.GetString(fetched.Body!);
        if (HomeLanguage(path) is { } language)
        {
            run.Homes[language] = html;
        }

        run.Refer(HtmlReferences().Matches(html).Select(m => m.Groups["url"].Value));
    }

    private async Task FetchFileAsync(Run run, string path, bool required, CancellationToken cancellationToken)
    {
        if (!run.Claim(path))
        {
            return;
        }

        var fetched = await FetchAsync(path, cancellationToken);
        if (fetched.Problem is { } problem)
        {
            // A file a page merely points at and the site does not have (a 4xx) is already
            // missing from the site itself: it must not hold back a new banner in the mirror.
            if (!required && fetched.Status is >= 400 and < 500)
            {
                run.Skipped.Enqueue(problem);
            }
            else
            {
                run.Failures.Enqueue(problem);
            }

            return;
        }

        if (!run.Write(path, fetched.Body!))
        {
            run.Skipped.Enqueue(new MirrorProblem(path, "not a path a file can be written at"));
            return;
        }

        var type = fetched.MediaType ?? "";
        if (type == "text/css")
        {
            run.Refer(CssReferences().Matches(Encoding.UTF8.GetString(fetched.Body!)).Select(m => m.Groups["url"].Value));
        }
        else if (type.EndsWith("json", StringComparison.Ordinal) && path.EndsWith(".webmanifest", StringComparison.Ordinal))
        {
            run.Refer(ManifestIcons(fetched.Body!));
        }
    }

    private async Task<Fetched> FetchAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            // The bytes as a static server would send them: it compresses on its own terms.
            request.Headers.AcceptEncoding.Add(new("identity"));
            if (_options.Host is { Length: > 0 } host)
            {
                request.Headers.Host = host;
            }

            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                return new Fetched(null, null, status, new MirrorProblem(path, $"{status} {response.ReasonPhrase}".TrimEnd()));
            }

            if (response.Content.Headers.ContentEncoding.Any(e => !e.Equals("identity", StringComparison.OrdinalIgnoreCase)))
            {
                return new Fetched(null, null, status, new MirrorProblem(path, $"answered compressed ({string.Join(", ", response.Content.Headers.ContentEncoding)}) although asked for identity"));
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return new Fetched(body, response.Content.Headers.ContentType?.MediaType, status, null);
        }
        catch (HttpRequestException e)
        {
            return new Fetched(null, null, 0, new MirrorProblem(path, e.Message));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Fetched(null, null, 0, new MirrorProblem(path, $"no answer within {_client.Timeout.TotalSeconds:0} s"));
        }
    }

    private Task ForEachAsync(IEnumerable<string> paths, Func<string, CancellationToken, Task> action, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(paths, new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = cancellationToken }, async (path, token) => await action(path, token));

    /// <summary>The language id when <paramref name="path"/> is a language's home, <c>/{lang}/</c>.</summary>
    private static string? HomeLanguage(string path)
    {
        var segments = path.Split('/');
        return segments is ["", { Length: > 0 } language, ""] ? language : null;
    }

    /// <summary>
    /// The mirror's search page: the home page, which lists every topic, without its search
    /// form. In the mirror the form would only lead back to this page, so it is taken out
    /// rather than left to look like it works.
    /// </summary>
    public static byte[] TopicsWithoutSearch(string homeHtml) => Encoding.UTF8.GetBytes(Forms().Replace(homeHtml, ""));

    private static List<string> ManifestIcons(byte[] manifest)
    {
        try
        {
            using var document = JsonDocument.Parse(manifest);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("icons", out var icons) && icons.ValueKind == JsonValueKind.Array)
            {
                return icons.EnumerateArray()
                    .Where(i => i.ValueKind == JsonValueKind.Object && i.TryGetProperty("src", out var src) && src.ValueKind == JsonValueKind.String)
                    .Select(i => i.GetProperty("src").GetString()!)
                    .ToList();
            }
        }
        catch (JsonException)
        {
            // Not ours to judge: the manifest is copied as it is, its icons are then not followed.
        }

        return [];
    }

    /// <summary>
    /// The path to fetch for a reference found in a page, or null when it is not a same-origin
    /// path the mirror should hold: only <c>/…</c> (not <c>//host/…</c>), not the staff area,
    /// Blazor or the API, fragment dropped.
    /// </summary>
    internal static string? SameOriginPath(string reference)
    {
        var value = WebUtility.HtmlDecode(reference).Trim();
        var fragment = value.IndexOf('#', StringComparison.Ordinal);
        if (fragment >= 0)
        {
            value = value[..fragment];
        }

        if (!value.StartsWith('/') || value.StartsWith("//", StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal) || IsExcluded(value))
        {
            return null;
        }

        return value;
    }

    private static bool IsExcluded(string path)
    {
        var first = WithoutQuery(path).Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return ExcludedSections.Any(s => s.Equals(first, StringComparison.OrdinalIgnoreCase));
    }

    private static string WithoutQuery(string path) => path.Split('?', 2)[0];

    /// <summary>
    /// Where a URL's path is written under the mirror, or null when it cannot be a file there
    /// (a dot segment, a separator or a control character after unescaping).
    /// </summary>
    internal static string? RelativeFile(string path, bool page)
    {
        var decoded = Uri.UnescapeDataString(WithoutQuery(path));
        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.Contains('\\', StringComparison.Ordinal) || s.Any(char.IsControl)))
        {
            return null;
        }

        if (page)
        {
            return Path.Combine([.. segments, "index.html"]);
        }

        // A file needs a name: a path ending in a slash is a folder, which only a page can be.
        return segments.Length == 0 || decoded.EndsWith('/') ? null : Path.Combine(segments);
    }


    // href or src of the elements that load something into the page (not <a>: links are
    // pages, and the pages come from the sitemap).
    [GeneratedRegex("""<(?:link|script|img|source)\b[^>]*?\s(?:href|src)\s*=\s*(?:"(?<url>[^"]*)"|'(?<url>[^']*)')""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlReferences();

    [GeneratedRegex("""url\(\s*["']?(?<url>/[^)"'\s]*)["']?\s*\)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CssReferences();

    [GeneratedRegex("""<form\b[^>]*>.*?</form>\s*""", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Forms();

    private sealed record Fetched(byte[]? Body, string? MediaType, int Status, MirrorProblem? Problem);

    /// <summary>The state of one run, shared by its concurrent fetches.</summary>
    private sealed class Run(string root)
    {
        private readonly ConcurrentDictionary<string, byte> _claimed = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<string> _references = new();
        private int _pages;
        private int _files;

        public ConcurrentQueue<MirrorProblem> Failures { get; } = new();

        public ConcurrentQueue<MirrorProblem> Skipped { get; } = new();

        public ConcurrentDictionary<string, string> Homes { get; } = new(StringComparer.Ordinal);

        public int Pages => _pages;

        public int Files => _files;

        /// <summary>True the first time a path (without its query) is asked for.</summary>
        public bool Claim(string path) => _claimed.TryAdd(WithoutQuery(path), 0);

        public void Refer(IEnumerable<string> references)
        {
            foreach (var reference in references)
            {
                if (SameOriginPath(reference) is { } path)
                {
                    _references.Enqueue(path);
                }
            }
        }

        /// <summary>The references found since the last call that nothing has claimed yet.</summary>
        public List<string> TakeReferences()
        {
            var taken = new List<string>();
            while (_references.TryDequeue(out var path))
            {
                if (!_claimed.ContainsKey(WithoutQuery(path)))
                {
                    taken.Add(path);
                }
            }

            return taken.Distinct(StringComparer.Ordinal).ToList();
        }

        /// <summary>Writes a page's or a file's bytes; false when the path cannot be a file.</summary>
        public bool Write(string path, byte[] body, bool page = false)
        {
            if (RelativeFile(path, page) is not { } relative || !_written.TryAdd(relative, 0))
            {
                return false;
            }

            var file = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, body);
            if (page)
            {
                Interlocked.Increment(ref _pages);
            }
            else
            {
                Interlocked.Increment(ref _files);
            }

            return true;
        }
    }
}
