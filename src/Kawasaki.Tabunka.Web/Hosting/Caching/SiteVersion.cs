using System.Security.Cryptography;
using System.Text;
using Kawasaki.Tabunka.Core.Banner;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Localization;
using Microsoft.AspNetCore.OutputCaching;

namespace Kawasaki.Tabunka.Web.Hosting.Caching;

/// <summary>
/// One token for "everything a public page is made of, as it is now": the published content,
/// the UI strings and the emergency banner as it shows at this moment. Every public page's
/// validator (<c>ETag</c>) is built from it, and when it changes every page in the output
/// cache is evicted, so neither our cache nor a browser's 304 can hide a published edit or a
/// banner. A banner that starts or ends at a set time changes the token at that time.
/// </summary>
public sealed class SiteVersion : IHostedService, IDisposable
{
    /// <summary>The output-cache tag of every public response.</summary>
    public const string Tag = "public";

    // A fresh value per process: generations restart at 1, and a restarted site may serve other
    // content than the one before it, so its validators must not match the old ones.
    private readonly string _process = Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
    private readonly ContentStore _content;
    private readonly BannerStore _banner;
    private readonly LocaleCatalog _strings;
    private readonly IOutputCacheStore _cache;
    private readonly TimeProvider _time;
    private readonly ILogger<SiteVersion> _logger;
    private readonly Lock _lock = new();
    private ITimer? _bannerBoundary;
    private long _changes;
    private (string Token, DateTimeOffset Since) _current;
    // One reference, swapped whole, so that a reader never sees the parts of one state with
    // the token of another.
    private volatile Computed? _computed;

    public SiteVersion(ContentStore content, BannerStore banner, LocaleCatalog strings, IOutputCacheStore cache, TimeProvider time, ILogger<SiteVersion> logger)
    {
        _content = content;
        _banner = banner;
        _strings = strings;
        _cache = cache;
        _time = time;
        _logger = logger;
        _current = (Compute(), time.GetUtcNow());
    }

    /// <summary>
    /// Raised after the token has changed (a content or locale reload, a banner set, cleared,
    /// starting or ending), outside any lock, on the thread that noticed the change.
    /// Handlers must be quick and must not throw.
    /// </summary>
    public event Action? Changed;

    /// <summary>The token now; changes with every content reload, locale reload and banner change.</summary>
    public string Token
    {
        get
        {
            var current = _current;
            // A banner may have started or ended since the last change: the token says so
            // even before the boundary timer has fired.
            return current.Token == Compute() ? current.Token : Refresh().Token;
        }
    }

    /// <summary>When the token last changed (for <c>Last-Modified</c>), to the second.</summary>
    public DateTimeOffset Since
    {
        get
        {
            _ = Token;
            var since = _current.Since;
            return new DateTimeOffset(since.Ticks - (since.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _content.Changed += OnContent;
        _banner.Changed += OnChange;
        _strings.Changed += OnChange;
        ScheduleBannerBoundary();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _content.Changed -= OnContent;
        _banner.Changed -= OnChange;
        _strings.Changed -= OnChange;
        return Task.CompletedTask;
    }

    public void Dispose() => _bannerBoundary?.Dispose();

    private void OnContent(GuideLibrary library) => OnChange();

    private void OnChange()
    {
        Interlocked.Increment(ref _changes);
        Refresh();
        ScheduleBannerBoundary();
    }

    private (string Token, DateTimeOffset Since) Refresh()
    {
        (string Token, DateTimeOffset Since) current;
        var changed = false;
        lock (_lock)
        {
            var token = Compute();
            if (token != _current.Token)
            {
                _current = (token, _time.GetUtcNow());
                Evict();
                changed = true;
            }

            current = _current;
        }

        if (changed)
        {
            Changed?.Invoke();
        }

        return current;
    }

    private void Evict()
    {
        _ = EvictAsync();

        async Task EvictAsync()
        {
            try
            {
                await _cache.EvictByTagAsync(Tag, CancellationToken.None);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Could not empty the page cache after a change; pages may be stale until they expire");
            }
        }
    }

    private string Compute()
    {
        // Asked on every public request: the hash is made only when one of its parts moved.
        var banner = _banner.Current is { } b && b.IsActive(_time.GetUtcNow().UtcDateTime) ? b : null;
        (long Generation, long Changes, EmergencyBanner? Banner) parts = (_content.Current.Generation, Interlocked.Read(ref _changes), banner);
        if (_computed is { } last && last.Parts.Equals(parts))
        {
            return last.Token;
        }

        var text = $"{_process}|{parts.Generation}|{parts.Changes}|{(banner is null ? "-" : $"{banner.SetAt.Ticks}:{banner.StartsAt.Ticks}:{banner.EndsAt?.Ticks}")}";
        var token = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 6).ToLowerInvariant();
        _computed = new Computed(parts, token);
        return token;
    }

    private sealed record Computed((long Generation, long Changes, EmergencyBanner? Banner) Parts, string Token);

    /// <summary>Wakes up when a set banner starts or ends, so that the cache follows the clock.</summary>
    private void ScheduleBannerBoundary()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var next = _banner.Current is { } banner
            ? new[] { banner.StartsAt, banner.EndsAt ?? DateTime.MaxValue }.Where(t => t > now).DefaultIfEmpty(DateTime.MaxValue).Min()
            : DateTime.MaxValue;
        lock (_lock)
        {
            _bannerBoundary?.Dispose();
            _bannerBoundary = next == DateTime.MaxValue || next - now > TimeSpan.FromDays(30)
                ? null
                : _time.CreateTimer(_ => { Refresh(); ScheduleBannerBoundary(); }, null, next - now + TimeSpan.FromMilliseconds(50), Timeout.InfiniteTimeSpan);
        }
    }
}
