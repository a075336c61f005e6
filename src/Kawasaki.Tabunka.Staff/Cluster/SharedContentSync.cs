using System.Threading.Channels;
using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kawasaki.Tabunka.Staff.Cluster;

/// <summary>
/// Keeps this node's copy of the published files (the content folder, and the banner in the
/// data folder) equal to the shared database, in PostgreSQL mode. It listens on
/// <see cref="SharedState.Channel"/> and writes each announced file at once; every
/// <c>Tabunka:Database:CatchUpSeconds</c>, and after every reconnection, it compares all hashes
/// in case a notification was missed. It writes the file and reloads the content (or rereads
/// the banner) as the content folder's watch does for a file edited on a single node: the
/// guide, its index entry and its cached pages follow by the same path. While the database is
/// unreachable the node keeps serving the copy it has, and <see cref="UnreachableSince"/> says
/// since when.
/// </summary>
public sealed class SharedContentSync(IDbContextFactory<StaffDbContext> contexts, ContentTransfer transfer, ContentStore content, Core.Banner.BannerStore banner, IOptions<TabunkaOptions> options, TimeProvider time, ILogger<SharedContentSync> logger)
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(2);
    private readonly TabunkaOptions _options = options.Value;
    private readonly Channel<string> _announced = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    // What this node's copy holds, by "area:path", so a catch-up reads hashes, not every file.
    private readonly Dictionary<string, string> _copies = [];
    private DateTimeOffset? _unreachableSince;
    private bool _connected;

    /// <summary>When the database stopped answering, or null while it answers (and before the first try).</summary>
    public DateTimeOffset? UnreachableSince => _unreachableSince;

    /// <summary>True once the first comparison with the database has finished and its files are loaded: this node serves the current content.</summary>
    public bool Connected => _connected;

    /// <summary>Files written to this node's copy since start.</summary>
    public long FilesWritten { get; private set; }

    /// <summary>Runs until <paramref name="stop"/>: fills an empty database from this node's content folder first, then follows it.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var filled = false;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_options.Database.ConnectionString);
                await connection.OpenAsync(stop);
                if (!filled)
                {
                    await FillIfEmptyAsync(stop);
                    filled = true;
                }

                connection.Notification += (_, e) => _announced.Writer.TryWrite(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {SharedState.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stop);
                }

                // After LISTEN, so that nothing published in between is missed; loaded before
                // Connected, so that a node that restarts with an older copy is "ready" only
                // once it serves the current one.
                await CatchUpAsync(stop);
                if (_unreachableSince is { } since)
                {
                    logger.LogWarning("The shared database answers again after {Seconds:F0} s", (time.GetUtcNow() - since).TotalSeconds);
                }

                _unreachableSince = null;
                _connected = true;
                var interval = TimeSpan.FromSeconds(_options.Database.CatchUpSeconds);
                var nextCatchUp = time.GetUtcNow() + interval;
                while (!stop.IsCancellationRequested)
                {
                    var wait = nextCatchUp - time.GetUtcNow();
                    if (wait > TimeSpan.Zero)
                    {
                        await connection.WaitAsync(wait, stop);
                    }

                    var announced = new List<string>();
                    while (_announced.Reader.TryRead(out var payload))
                    {
                        announced.Add(payload);
                    }

                    await ApplyAsync(announced, stop);
                    if (time.GetUtcNow() >= nextCatchUp)
                    {
                        await CatchUpAsync(stop);
                        nextCatchUp = time.GetUtcNow() + interval;
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!stop.IsCancellationRequested && DatabaseErrors.IsUnavailable(e))
            {
                if (_unreachableSince is null)
                {
                    _unreachableSince = time.GetUtcNow();
                    logger.LogError("The shared database cannot be reached ({Reason}); serving the last published content until it answers", e.Message);
                }

                await Task.Delay(Retry, stop).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                logger.LogError(e, "Following the shared database failed; trying again");
                await Task.Delay(Retry, stop).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>The file under <paramref name="root"/> for a row's path, or null for a path that would leave it.</summary>
    public static string? LocalPath(string root, string relativePath)
    {
        if (relativePath.Length == 0 || relativePath.Contains('\\') || relativePath.Split('/').Any(p => p is "" or "." or ".."))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        return full.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private async Task FillIfEmptyAsync(CancellationToken stop)
    {
        if (!await transfer.IsEmptyAsync(stop))
        {
            return;
        }

        var report = await transfer.ImportAsync(_options.ContentPath!, "system: first start", stop);
        logger.LogWarning("The shared database had no content: published {Count} files from {Folder}", report.Published.Count, _options.ContentPath);
    }

    private async Task CatchUpAsync(CancellationToken stop)
    {
        await using var db = await contexts.CreateDbContextAsync(stop);
        var rows = await db.SharedFiles.AsNoTracking().Select(f => new { f.Area, f.Path, f.Hash }).ToListAsync(stop);
        var differing = new List<string>();
        foreach (var row in rows)
        {
            var name = row.Area + ":" + row.Path;
            if (!_copies.TryGetValue(name, out var copy))
            {
                copy = RootOf(row.Area) is { } root && LocalPath(root, row.Path) is { } path && File.Exists(path)
                    ? FileHash.Of(await File.ReadAllTextAsync(path, stop)) : FileHash.Of("");
                _copies[name] = copy;
            }

            if (copy != row.Hash)
            {
                differing.Add(name);
            }
        }

        await ApplyAsync(differing, stop);
    }

    /// <summary>
    /// Writes the announced files and then reloads what they belong to at once, not after the
    /// folder watch's pause: every node should show a publish within a second or two. (The
    /// watch reloads once more; that costs a reload, not a wrong page.)
    /// </summary>
    private async Task ApplyAsync(IReadOnlyList<string> payloads, CancellationToken stop)
    {
        var areas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var payload in payloads)
        {
            if (await ApplyAsync(payload, stop) is { } area)
            {
                areas.Add(area);
            }
        }

        if (areas.Contains(SharedFile.Content))
        {
            content.Reload();
        }

        if (areas.Contains(SharedFile.Data))
        {
            banner.Refresh();
        }
    }

    /// <summary>Writes one announced file when this node's copy differs; returns its area then, else null.</summary>
    private async Task<string?> ApplyAsync(string payload, CancellationToken stop)
    {
        var colon = payload.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var (area, relative) = (payload[..colon], payload[(colon + 1)..]);
        await using var db = await contexts.CreateDbContextAsync(stop);
        var row = await SharedState.FindAsync(db, area, relative);
        if (row is null || RootOf(area) is not { } root || LocalPath(root, relative) is not { } path)
        {
            return null;
        }

        var onDisk = File.Exists(path) ? await File.ReadAllTextAsync(path, stop) : "";
        _copies[payload] = row.Hash;
        if (onDisk == row.Text)
        {
            // The publishing node's own copy, or a notification for a file already caught up.
            return null;
        }

        if (row.Text.Length == 0)
        {
            File.Delete(path);
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.WriteAllText(path, row.Text);
        }

        FilesWritten++;
        logger.LogInformation("Took {Area} file {Path} from the shared database (by {By})", area, relative, row.UpdatedBy);
        return area;
    }

    private string? RootOf(string area) => area switch
    {
        SharedFile.Content => _options.ContentPath,
        SharedFile.Data => _options.DataPath,
        _ => null,
    };
}
