using System.Globalization;
using System.Text.Json;
using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Content;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Search;

/// <summary>
/// Counts searches that found nothing, per language and day, so staff can see which guides
/// are missing. Only the trimmed query text, the language, the day and a count are kept —
/// nothing about who searched — and days older than <see cref="RetentionDays"/> are dropped.
/// Kept in memory and written to <c>{DataPath}/zero-result-searches.json</c> at most every
/// few seconds, atomically.
/// </summary>
public sealed class ZeroResultLog : IDisposable
{
    public const int RetentionDays = 90;
    public const int MaxQueryLength = 100;
    private const int MaxEntries = 50_000;

    private readonly string? _path;
    private readonly TimeProvider _time;
    private readonly ILogger<ZeroResultLog> _logger;
    private readonly System.Threading.Lock _lock = new();
    private readonly Dictionary<(string Day, string Language, string Query), int> _counts = [];
    private readonly Timer _flush;
    private bool _dirty;

    public ZeroResultLog(IOptions<TabunkaOptions> options, TimeProvider time, ILogger<ZeroResultLog> logger)
    {
        _path = options.Value.DataPath is { } data ? Path.Combine(data, "zero-result-searches.json") : null;
        _time = time;
        _logger = logger;
        Load();
        _flush = new Timer(_ => Flush(), null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
    }

    /// <summary>Counts a search that found nothing. Queries without a letter or digit are not kept.</summary>
    public void Record(string language, string query)
    {
        var text = query.Trim();
        if (text.Length == 0 || text.Length > MaxQueryLength || !text.Any(char.IsLetterOrDigit))
        {
            return;
        }

        text = text.ToLowerInvariant();
        var day = Today();
        lock (_lock)
        {
            if (_counts.Count >= MaxEntries && !_counts.ContainsKey((day, language, text)))
            {
                return;
            }

            _counts[(day, language, text)] = _counts.GetValueOrDefault((day, language, text)) + 1;
            _dirty = true;
        }
    }

    /// <summary>The most frequent queries that found nothing over the retention period, per language.</summary>
    public IReadOnlyList<ZeroResultQuery> Top(string? language = null, int count = 50)
    {
        var oldest = Oldest();
        lock (_lock)
        {
            return _counts
                .Where(kv => string.CompareOrdinal(kv.Key.Day, oldest) >= 0 && (language is null || kv.Key.Language == language))
                .GroupBy(kv => (kv.Key.Language, kv.Key.Query))
                .Select(g => new ZeroResultQuery(g.Key.Language, g.Key.Query, g.Sum(kv => kv.Value), g.Max(kv => kv.Key.Day)!))
                .OrderByDescending(q => q.Count)
                .ThenBy(q => q.Query, StringComparer.Ordinal)
                .Take(count)
                .ToList();
        }
    }

    /// <summary>Writes pending counts now (also done every few seconds and on dispose).</summary>
    public void Flush()
    {
        if (_path is null)
        {
            return;
        }

        List<ZeroResultRecord> records;
        lock (_lock)
        {
            if (!_dirty)
            {
                return;
            }

            var oldest = Oldest();
            foreach (var old in _counts.Keys.Where(k => string.CompareOrdinal(k.Day, oldest) < 0).ToList())
            {
                _counts.Remove(old);
            }

            records = _counts.Select(kv => new ZeroResultRecord(kv.Key.Day, kv.Key.Language, kv.Key.Query, kv.Value)).ToList();
            _dirty = false;
        }

        try
        {
            AtomicFile.WriteAllText(_path, JsonSerializer.Serialize(records));
        }
        catch (IOException e)
        {
            _logger.LogWarning(e, "Could not write {Path}", _path);
        }
        catch (UnauthorizedAccessException e)
        {
            _logger.LogWarning(e, "Could not write {Path}", _path);
        }
    }

    public void Dispose()
    {
        _flush.Dispose();
        Flush();
    }

    private void Load()
    {
        if (_path is null || !File.Exists(_path))
        {
            return;
        }

        try
        {
            var oldest = Oldest();
            foreach (var record in JsonSerializer.Deserialize<List<ZeroResultRecord>>(File.ReadAllText(_path)) ?? [])
            {
                if (string.CompareOrdinal(record.Day, oldest) >= 0)
                {
                    _counts[(record.Day, record.Language, record.Query)] = record.Count;
                }
            }
        }
        catch (JsonException e)
        {
            _logger.LogWarning(e, "Ignoring unreadable {Path}", _path);
        }
    }

    private string Today() => _time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Oldest() => _time.GetUtcNow().AddDays(-RetentionDays + 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record ZeroResultRecord(string Day, string Language, string Query, int Count);
}

/// <summary>A query that found nothing, with how often and when it was last searched.</summary>
public sealed record ZeroResultQuery(string Language, string Query, int Count, string LastDay);
