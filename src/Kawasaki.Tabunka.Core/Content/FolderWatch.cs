using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// Calls back when files under a folder change, once per burst: the platform's
/// <see cref="PhysicalFileProvider"/> change tokens, re-armed by <see cref="ChangeToken.OnChange"/>.
/// On volumes where the kernel reports no events (some container and network mounts) set
/// <c>DOTNET_USE_POLLING_FILE_WATCHER=true</c> and the provider polls instead.
/// </summary>
public sealed class FolderWatch : IDisposable
{
    private readonly PhysicalFileProvider _provider;
    private readonly IDisposable _registration;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TimeSpan _quiet;
    private readonly Action _changed;
    private int _pending;

    /// <param name="folder">The folder to watch; it must exist.</param>
    /// <param name="filter">A glob relative to the folder: <c>**/*</c> for everything, or a file name.</param>
    /// <param name="quiet">How long to wait after the first event of a burst before calling back,
    /// so that a save that writes many files (or one file in several steps) is one call.</param>
    /// <param name="changed">The callback; events during it schedule one more call.</param>
    public FolderWatch(string folder, string filter, TimeSpan quiet, Action changed)
    {
        _provider = new PhysicalFileProvider(folder);
        _quiet = quiet;
        _changed = changed;
        _registration = ChangeToken.OnChange(() => _provider.Watch(filter), Schedule);
    }

    private void Schedule()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 1)
        {
            return;
        }

        _ = Task.Delay(_quiet, _stopping.Token).ContinueWith(
            _ =>
            {
                Volatile.Write(ref _pending, 0);
                _changed();
            },
            _stopping.Token,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            TaskScheduler.Default);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _registration.Dispose();
        _provider.Dispose();
        _stopping.Dispose();
    }
}
