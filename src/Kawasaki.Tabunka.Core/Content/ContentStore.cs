using Kawasaki.Tabunka.Core.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// The live guides: loaded at start, reloaded when a file under the content path changes
/// (<see cref="FolderWatch"/>: a burst of saves is one reload), swapped in whole. Problems are logged on
/// every load; invalid files keep their last good version online.
/// </summary>
public sealed class ContentStore : IHostedService, IDisposable
{
    /// <summary>How long to wait after the first file event of a burst before reloading.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);

    private readonly ContentLoader _loader;
    private readonly ILogger<ContentStore> _logger;
    private readonly string _root;
    private readonly Lock _reloadLock = new();
    private FolderWatch? _watch;
    private volatile GuideLibrary? _current;

    public ContentStore(ContentLoader loader, IOptions<TabunkaOptions> options, ILogger<ContentStore> logger)
    {
        _loader = loader;
        _logger = logger;
        _root = options.Value.ContentPath!;
    }

    /// <summary>Raised after every reload with the new library.</summary>
    public event Action<GuideLibrary>? Changed;

    /// <summary>The guides now; loads them on first use.</summary>
    public GuideLibrary Current => _current ?? Reload();

    /// <summary>True once the first load has finished.</summary>
    public bool IsLoaded => _current is not null;

    public string Root => _root;

    /// <summary>Reads the content folder again now and swaps the result in.</summary>
    public GuideLibrary Reload()
    {
        GuideLibrary library;
        lock (_reloadLock)
        {
            library = _loader.Load(_root, _current);
            var first = _current is null;
            _current = library;
            Log(library, first);
        }

        try
        {
            Changed?.Invoke(library);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "A listener failed to take the reloaded content");
        }

        return library;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Current;
        if (Directory.Exists(_root))
        {
            _watch = new FolderWatch(_root, "**/*", Debounce, () => Reload());
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watch?.Dispose();
        _watch = null;
        return Task.CompletedTask;
    }

    public void Dispose() => _watch?.Dispose();

    private void Log(GuideLibrary library, bool first)
    {
        foreach (var problem in library.Problems)
        {
            if (problem.IsError)
            {
                _logger.LogError("Content problem {Problem}", problem.ToString());
            }
            else if (first)
            {
                _logger.LogDebug("Content note {Problem}", problem.ToString());
            }
        }

        _logger.LogInformation(
            "Content loaded from {ContentPath}: {Guides} guides, {Versions} files, {Errors} errors",
            _root, library.Count, library.Versions.Count(), library.Problems.Count(p => p.IsError));
    }
}
