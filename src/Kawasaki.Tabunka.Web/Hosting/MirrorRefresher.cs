using System.Text.RegularExpressions;
using System.Threading.Channels;
using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Mirror;
using Kawasaki.Tabunka.Search;
using Kawasaki.Tabunka.Web.Hosting.Caching;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Web.Hosting;

/// <summary>
/// Keeps the static mirror of <c>Tabunka:Mirror:Path</c> in step with the site: writes it once
/// search is ready, and again a few seconds after the last of a burst of changes to
/// <see cref="SiteVersion"/> (a publish, a locale file, the banner), fetching this node's own
/// pages. One run at a time; a change during a run leads to one more run after it. A failed
/// run is logged, keeps the previous mirror and is tried again a minute later.
/// </summary>
public sealed partial class MirrorRefresher : BackgroundService
{
    private readonly IOptions<TabunkaOptions> _options;
    private readonly SiteVersion _version;
    private readonly IServer _server;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly SearchReadiness _search;
    private readonly TimeProvider _time;
    private readonly ILogger<MirrorRefresher> _logger;

    // One pending signal is enough: it means "something changed since the last run started".
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    public MirrorRefresher(IOptions<TabunkaOptions> options, SiteVersion version, IServer server, IHostApplicationLifetime lifetime,
        SearchReadiness search, TimeProvider time, ILogger<MirrorRefresher> logger)
    {
        _options = options;
        _version = version;
        _server = server;
        _lifetime = lifetime;
        _search = search;
        _time = time;
        _logger = logger;
    }

    /// <summary>Quiet time after the last change before the mirror is written again.</summary>
    internal TimeSpan Debounce { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long after a failed run the next one starts, when nothing changes meanwhile.</summary>
    internal TimeSpan RetryAfter { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long to wait for search to be ready before the first run goes ahead anyway.</summary>
    internal TimeSpan ReadinessWait { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The last mirror written by this service, if any.</summary>
    internal MirrorResult? LastResult { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_options.Value.Mirror.Path is not { } path)
        {
            return;
        }

        _version.Changed += OnChanged;
        try
        {
            await WhenStartedAsync(stoppingToken);
            if (Origin() is not { } origin)
            {
                _logger.LogError("Tabunka:Mirror:Path is set but the site listens on no address to fetch its pages from; set Tabunka:Mirror:Origin. No mirror is written");
                return;
            }

            await WhenReadyAsync(stoppingToken);
            using var client = new HttpClient(new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = System.Net.DecompressionMethods.None,
            })
            { BaseAddress = origin, Timeout = TimeSpan.FromSeconds(30) };

            // A site that answers only to its public name (AllowedHosts) is asked by that name.
            var host = _options.Value.PublicOrigin is { Length: > 0 } publicOrigin ? new Uri(publicOrigin).Authority : null;
            var mirror = new StaticMirror(client, new StaticMirrorOptions(Host: host), _time);
            while (true)
            {
                // Changes up to now are in this run.
                _changes.Reader.TryRead(out _);
                var succeeded = await RunAsync(mirror, path, stoppingToken);
                if (!await WaitForChangeAsync(succeeded ? Timeout.InfiniteTimeSpan : RetryAfter, stoppingToken))
                {
                    continue;
                }

                while (await WaitForChangeAsync(Debounce, stoppingToken))
                {
                    // Another change within the quiet time: wait for the burst to end.
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The site is stopping; a run cut short left the previous mirror in place.
        }
        finally
        {
            _version.Changed -= OnChanged;
        }
    }

    private void OnChanged() => _changes.Writer.TryWrite(true);

    private async Task<bool> RunAsync(StaticMirror mirror, string path, CancellationToken cancellationToken)
    {
        try
        {
            var result = await mirror.WriteAsync(path, cancellationToken);
            LastResult = result;
            _logger.LogInformation("Static mirror written to {MirrorPath}: {Pages} pages and {Files} files in {Seconds:0.0} s",
                result.Directory, result.Pages, result.Files, result.Elapsed.TotalSeconds);
            foreach (var skipped in result.Skipped)
            {
                _logger.LogWarning("Static mirror: left out {Url}, which the site does not have ({Reason})", skipped.Url, skipped.Reason);
            }

            return true;
        }
        catch (MirrorException e)
        {
            _logger.LogError("Static mirror not refreshed, the previous one stays: {Message}; {Problems}",
                e.Message, string.Join("; ", e.Problems.Take(20)) + (e.Problems.Count > 20 ? $"; and {e.Problems.Count - 20} more" : ""));
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(e, "Static mirror not refreshed, the previous one stays");
            return false;
        }
    }

    /// <summary>True when a change arrived within <paramref name="within"/>, false when the time ran out.</summary>
    private async Task<bool> WaitForChangeAsync(TimeSpan within, CancellationToken stoppingToken)
    {
        using var timeout = within == Timeout.InfiniteTimeSpan ? new CancellationTokenSource() : new CancellationTokenSource(within, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await _changes.Reader.WaitToReadAsync(linked.Token);
            _changes.Reader.TryRead(out _);
            return true;
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = _lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }

    /// <summary>
    /// Waits for search to be built and warm (what <c>/readyz</c> waits for, besides the staff
    /// database, which public pages do not use), so that the first crawl does not compete with
    /// the index build for the processor. Asked directly rather than through the health
    /// checks, which log every unhealthy answer. After <see cref="ReadinessWait"/> it goes
    /// ahead anyway: pages do not need search.
    /// </summary>
    private async Task WhenReadyAsync(CancellationToken stoppingToken)
    {
        var since = _time.GetTimestamp();
        while (!_search.IsReady)
        {
            if (_time.GetElapsedTime(since) > ReadinessWait)
            {
                _logger.LogWarning("Static mirror: search is not ready after {Seconds:0} s; writing the mirror anyway", ReadinessWait.TotalSeconds);
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), _time, stoppingToken);
        }
    }

    /// <summary>Tabunka:Mirror:Origin, else the node's own first http address (else its first).</summary>
    private Uri? Origin()
    {
        if (_options.Value.Mirror.Origin is { Length: > 0 } configured)
        {
            return new Uri(configured);
        }

        var addresses = _server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        return chosen is null ? null : Reachable(chosen);
    }

    /// <summary>
    /// A listening address as one to connect to: a wildcard host (<c>0.0.0.0</c>, <c>[::]</c>,
    /// <c>+</c>, <c>*</c>) means every interface, of which 127.0.0.1 is one.
    /// </summary>
    internal static Uri? Reachable(string listening)
    {
        var match = ListeningAddress().Match(listening.Trim());
        if (!match.Success)
        {
            return null;
        }

        var host = match.Groups["host"].Value;
        if (host is "0.0.0.0" or "[::]" or "+" or "*")
        {
            host = "127.0.0.1";
        }

        return Uri.TryCreate($"{match.Groups["scheme"].Value}://{host}{match.Groups["port"].Value}/", UriKind.Absolute, out var uri) ? uri : null;
    }

    [GeneratedRegex(@"^(?<scheme>https?)://(?<host>\[[^\]]*\]|[^:/\[]+)(?<port>:\d+)?/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListeningAddress();
}
