using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Localization;

namespace Kawasaki.Tabunka.Web.Localization;

/// <summary>
/// Reloads the UI strings when a locale file changes, so a corrected translation goes live
/// (and the cached pages with it) without a restart. A file that cannot be read is logged and
/// the strings in use stay.
/// </summary>
public sealed class LocalesWatch(IEnumerable<LocaleCatalog> catalogs, ILogger<LocalesWatch> logger) : IHostedService, IDisposable
{
    private List<FolderWatch> _watches = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var watches = catalogs
            .Where(c => c.Directory is not null && Directory.Exists(c.Directory))
            .Select(c => new FolderWatch(c.Directory!, "*.json", TimeSpan.FromMilliseconds(250), () => Reload(c)))
            .ToList();
        foreach (var old in Interlocked.Exchange(ref _watches, watches))
        {
            old.Dispose();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        foreach (var watch in Interlocked.Exchange(ref _watches, []))
        {
            watch.Dispose();
        }
    }

    private void Reload(LocaleCatalog catalog)
    {
        try
        {
            catalog.Reload();
            logger.LogInformation("UI strings reloaded from {LocalesPath}", catalog.Directory);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            logger.LogError("UI strings not reloaded from {LocalesPath}: {Problem}", catalog.Directory, e.Message);
        }
    }
}
