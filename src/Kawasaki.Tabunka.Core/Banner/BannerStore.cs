using System.Text.Json;
using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Content;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Core.Banner;

/// <summary>
/// The emergency banner, kept in <c>{DataPath}/banner.json</c> rather than the staff
/// database, so that <c>banner set</c> on the command line works when the staff area or its
/// database does not. The site rereads the file when it changes (<see cref="FolderWatch"/>),
/// so a banner set on the command line is live within a second.
/// </summary>
public sealed class BannerStore : IDisposable
{
    public const string FileName = "banner.json";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly string _path;
    private readonly ILogger<BannerStore> _logger;
    private readonly FolderWatch? _watch;
    private (DateTime Stamp, EmergencyBanner? Banner) _current = (DateTime.MinValue, null);

    public BannerStore(IOptions<TabunkaOptions> options, ILogger<BannerStore> logger)
    {
        _path = Path.Combine(options.Value.DataPath!, FileName);
        _logger = logger;
        Refresh();
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            _watch = new FolderWatch(Path.GetDirectoryName(_path)!, FileName, TimeSpan.FromMilliseconds(100), Refresh);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogError(e, "Cannot watch {Path}; a banner set from the command line shows only after a restart", _path);
        }
    }

    /// <summary>Raised after the file was read again and said something new (set, changed or cleared).</summary>
    public event Action? Changed;

    /// <summary>The banner as last read, whether or not it is active now.</summary>
    public EmergencyBanner? Current => _current.Banner;

    public void Set(EmergencyBanner banner)
    {
        AtomicFile.WriteAllText(_path, Serialize(banner));
        Refresh();
    }

    /// <summary>The file's text for <paramref name="banner"/>, as <see cref="Set"/> writes it.</summary>
    public static string Serialize(EmergencyBanner banner) => JsonSerializer.Serialize(banner, Json);

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
            return;
        }

        Changed?.Invoke();
    }

    public void Dispose() => _watch?.Dispose();
}
