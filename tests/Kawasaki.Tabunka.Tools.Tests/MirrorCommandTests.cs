using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Kawasaki.Tabunka.Tools.Tests;

public sealed class MirrorCommandTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("tabunka-mirror-verb-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Theory]
    [InlineData("not-a-url")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("http://127.0.0.1:5000/tabunka")]
    public void A_site_that_is_not_a_scheme_and_host_is_a_usage_error(string site)
    {
        var result = ToolRunner.Run(_scratch, "mirror", "out", "--site", site);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"mirror: --site '{site}' is not a scheme and host such as http://127.0.0.1:5000", result.Error.Trim());
        Assert.False(Directory.Exists(Path.Combine(_scratch, "out")));
    }

    [Fact]
    public void Without_a_site_or_a_folder_it_is_a_usage_error()
    {
        var noSite = ToolRunner.Run(_scratch, "mirror", "out");
        Assert.Equal(2, noSite.ExitCode);
        Assert.Contains("Option '--site' is required.", noSite.Error, StringComparison.Ordinal);
        Assert.Equal(2, ToolRunner.Run(_scratch, "mirror", "--site", "http://127.0.0.1:5000").ExitCode);
    }

    [Fact]
    public void A_site_that_does_not_answer_is_one_line_and_leaves_the_old_mirror()
    {
        var old = Path.Combine(_scratch, "out");
        Directory.CreateDirectory(old);
        File.WriteAllText(Path.Combine(old, "index.html"), "the old mirror");
        var port = ClosedPort();

        var result = ToolRunner.Run(_scratch, "mirror", "out", "--site", $"http://127.0.0.1:{port}");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"mirror: could not read http://127.0.0.1:{port}/sitemap.xml: ", line, StringComparison.Ordinal);
        Assert.EndsWith("; out was left as it was", line.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal("the old mirror", File.ReadAllText(Path.Combine(old, "index.html")));
        Assert.Equal([old], Directory.EnumerateFileSystemEntries(_scratch));
    }

    [Fact]
    public async Task A_small_site_is_written_with_its_counts_and_the_host_header_asked_for()
    {
        using var site = new FakeSite("tabunka.example.jp");
        var run = Task.Run(() => ToolRunner.Run(_scratch, "mirror", "out", "--site", site.Address, "--host", "tabunka.example.jp"));
        var result = await run;

        Assert.True(result.ExitCode == 0, result.Error);
        // /, /xx/, /xx/topic/, /xx/offline and the search page; sitemap, sw.js, pack, manifest, stylesheet, icon.
        Assert.Matches(@"^out: 5 pages and 6 other files in \d+\.\d s$", result.Output.Trim());
        var mirror = Path.Combine(_scratch, "out");
        Assert.Equal("<html><body>topic</body></html>", File.ReadAllText(Path.Combine(mirror, "xx", "topic", "index.html")));
        Assert.True(File.Exists(Path.Combine(mirror, "style.css")));
        Assert.True(File.Exists(Path.Combine(mirror, "mirror.json")));
        Assert.DoesNotContain("<form", File.ReadAllText(Path.Combine(mirror, "xx", "search", "index.html")), StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A site of one language and one topic that answers only to <paramref name="host"/>, as AllowedHosts would.</summary>
    private sealed class FakeSite : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly string _host;

        public FakeSite(string host)
        {
            _host = host;
            var port = ClosedPort();
            Address = $"http://127.0.0.1:{port}";
            _listener.Prefixes.Add($"http://*:{port}/");
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Address { get; }

        public void Dispose() => _listener.Close();

        private static readonly Dictionary<string, (string Type, string Body)> Files = new(StringComparer.Ordinal)
        {
            ["/sitemap.xml"] = ("application/xml", """<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://tabunka.example.jp/xx/</loc></url><url><loc>https://tabunka.example.jp/xx/topic/</loc></url></urlset>"""),
            ["/"] = ("text/html", "<html><body>choose</body></html>"),
            ["/xx/"] = ("text/html", """<html><head><link rel="stylesheet" href="/style.css?v=1"><link rel="manifest" href="/xx/manifest.webmanifest"><link rel="alternate" href="//elsewhere/x.css"><script src="/api/nothing.js"></script></head><body><form role="search" action="/xx/search"><input name="q"></form><a href="/xx/topic/">topic</a></body></html>"""),
            ["/xx/topic/"] = ("text/html", "<html><body>topic</body></html>"),
            ["/xx/offline"] = ("text/html", "<html><body>offline</body></html>"),
            ["/sw.js"] = ("text/javascript", "// worker"),
            ["/xx/offline-pack.json"] = ("application/json", """{"pages":[]}"""),
            ["/xx/manifest.webmanifest"] = ("application/manifest+json", """{"icons":[{"src":"/icon.svg"}]}"""),
            ["/style.css"] = ("text/css", "body { color: black }"),
            ["/icon.svg"] = ("image/svg+xml", "<svg/>"),
        };

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                var response = context.Response;
                if (context.Request.Headers["Host"] != _host)
                {
                    response.StatusCode = 400;
                }
                else if (Files.TryGetValue(context.Request.Url!.AbsolutePath, out var file))
                {
                    var bytes = Encoding.UTF8.GetBytes(file.Body);
                    response.ContentType = file.Type;
                    await response.OutputStream.WriteAsync(bytes);
                }
                else
                {
                    response.StatusCode = 404;
                }

                response.Close();
            }
        }
    }
}
