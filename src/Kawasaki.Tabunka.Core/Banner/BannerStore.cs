using System.Text.Json;
using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Content;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Core.Banner;

/// <summary>
/// The emergency banner, kept in <c>{DataPath}/banner.json</c> rather than the staff
/// database, so that <c>banner set</c> on the command line works when the staff area or its
/// database does not. The site rereads the file when it changes (watched, and checked every
/// two seconds in case a watch event is lost), so a new banner is live within seconds.
/// </summary>
public sealed class BannerStore : IDisposable
{
    public const string FileName = "banner.json";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly string _path;
    private readonly ILogger<BannerStore> _logger;
    private readonly Timer _poll;
    private FileSystemWatcher? _watcher;
    private (DateTime Stamp, EmergencyBanner? Banner) _current = (DateTime.MinValue, null);

    public BannerStore(IOptions<TabunkaOptions> options, ILogger<BannerStore> logger)
    {
        _path = Path.Combine(options.Value.DataPath!, FileName);
        _logger = logger;
        Refresh();
        _poll = new Timer(_ => Refresh(), null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
        TryWatch();
    }

    /// <summary>The banner as last read, whether or not it is active now.</summary>
    public EmergencyBanner? Current => _current.Banner;

    public void Set(EmergencyBanner banner)
    {
        AtomicFile.WriteAllText(_path, JsonSerializer.Serialize(banner, Json));
        Refresh();
    }

    public void Clear()
    {
        if (File.Exists(_path))
        {
            File.Delete(_path);
        }

        Refresh();
    }

    /// <summary>Reads the file again if it changed since the last read.</summary>
    public void Refresh()
    {
        try
        {
            var stamp = File.Exists(_path) ? File.GetLastWriteTimeUtc(_path) : DateTime.MinValue;
            if (stamp == _current.Stamp && (stamp == DateTime.MinValue) == (_current.Banner is null))
            {
                return;
            }

            var banner = stamp == DateTime.MinValue ? null : JsonSerializer.Deserialize<EmergencyBanner>(File.ReadAllText(_path));
            _current = (stamp, banner);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            _logger.LogError(e, "Cannot read the emergency banner from {Path}; keeping the last one read", _path);
        }
    }

    public void Dispose()
    {
        _poll.Dispose();
        _watcher?.Dispose();
    }

    private void TryWatch()
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            _watcher = new FileSystemWatcher(Path.GetDirectoryName(_path)!, FileName) { EnableRaisingEvents = true };
            _watcher.Changed += (_, _) => Refresh();
            _watcher.Created += (_, _) => Refresh();
            _watcher.Deleted += (_, _) => Refresh();
            _watcher.Renamed += (_, _) => Refresh();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            _logger.LogWarning(e, "Not watching {Path}; the banner is still checked every two seconds", _path);
        }
    }
}
