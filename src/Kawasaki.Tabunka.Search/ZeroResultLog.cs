using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Content;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Search;

/// <summary>
/// Counts searches that found nothing, per language and day, so staff can see which guides
/// are missing. Only the trimmed query text, the language, the day and a count are kept —
/// nothing about who searched — and days older than <see cref="RetentionDays"/> are dropped.
/// A query that looks like personal data (a phone number, a residence card number, an e-mail
/// address) is not kept at all. Each day and language holds at most
/// <see cref="MaxQueriesPerDayAndLanguage"/> queries: when it is full, a new query takes the
/// place of one searched only once, so a flood of made-up queries cannot stop real ones from
/// being counted, nor fill more than one day of one language. Kept in memory and written to
/// <c>{DataPath}/zero-result-searches.json</c> at most every few seconds, atomically. With
/// several nodes (<see cref="IZeroResultShare"/> registered) each flush also adds this node's new
/// counts to the shared database, and staff read the totals of every node from there.
/// </summary>
public sealed partial class ZeroResultLog : IDisposable
{
    public const int RetentionDays = 90;
    public const int MaxQueryLength = 100;
    public const int MaxQueriesPerDayAndLanguage = 500;

    private readonly string? _path;
    private readonly TimeProvider _time;
    private readonly ILogger<ZeroResultLog> _logger;
    private readonly System.Threading.Lock _lock = new();
    // One bucket per day and language, so a full bucket is found and trimmed without
    // looking at any other day's queries.
    private readonly Dictionary<(string Day, string Language), Dictionary<string, int>> _buckets = [];
    private readonly Timer _flush;
    private readonly IZeroResultShare? _share;
    // Counts not yet added to the shared database, by (day, language, query).
    private readonly Dictionary<(string Day, string Language, string Query), int> _unshared = [];
    private bool _dirty;

    public ZeroResultLog(IOptions<TabunkaOptions> options, TimeProvider time, ILogger<ZeroResultLog> logger, IZeroResultShare? share = null)
    {
        _path = options.Value.DataPath is { } data ? Path.Combine(data, "zero-result-searches.json") : null;
        _time = time;
        _logger = logger;
        _share = share is { Enabled: true } ? share : null;
        Load();
        _flush = new Timer(_ => Flush(), null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
    }

    /// <summary>Counts a search that found nothing. Queries without a letter or digit, or that look like personal data, are not kept.</summary>
    public void Record(string language, string query)
    {
        var text = query.Trim();
        if (text.Length == 0 || text.Length > MaxQueryLength || !text.Any(char.IsLetterOrDigit) || LooksPersonal(text))
        {
            return;
        }

        text = text.ToLowerInvariant();
        var day = Today();
        lock (_lock)
        {
            if (!_buckets.TryGetValue((day, language), out var bucket))
            {
                _buckets[(day, language)] = bucket = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            if (!bucket.ContainsKey(text) && bucket.Count >= MaxQueriesPerDayAndLanguage)
            {
                var once = bucket.FirstOrDefault(kv => kv.Value == 1).Key;
                if (once is null)
                {
                    return;
                }

                bucket.Remove(once);
            }

            bucket[text] = bucket.GetValueOrDefault(text) + 1;
            if (_share is not null)
            {
                _unshared[(day, language, text)] = _unshared.GetValueOrDefault((day, language, text)) + 1;
            }

            _dirty = true;
        }
    }

    /// <summary>
    /// Whether a query holds what identifies a person rather than a need: a phone number, a
    /// residence card number (two letters, eight digits, two letters), an e-mail address, or
    /// a long run of digits (a My Number, an account number).
    /// </summary>
    public static bool LooksPersonal(string query) => PersonalData().IsMatch(query);

    /// <summary>The most frequent queries that found nothing over the retention period, in one language or in those given.</summary>
    public IReadOnlyList<ZeroResultQuery> Top(string? language = null, int count = 50) => Top(language is null ? null : [language], count);

    /// <summary>The most frequent queries that found nothing, in <paramref name="languages"/> (null: all).</summary>
    public IReadOnlyList<ZeroResultQuery> Top(IReadOnlyCollection<string>? languages, int count = 50)
    {
        var oldest = Oldest();
        if (_share is not null)
        {
            try
            {
                return _share.Top(languages, count, oldest);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _logger.LogWarning("The shared zero-result counts cannot be read ({Reason}); showing this node's", e.Message);
            }
        }

        lock (_lock)
        {
            return _buckets
                .Where(b => string.CompareOrdinal(b.Key.Day, oldest) >= 0 && (languages is null || languages.Contains(b.Key.Language)))
                .SelectMany(b => b.Value.Select(q => (b.Key.Day, b.Key.Language, Query: q.Key, Count: q.Value)))
                .GroupBy(q => (q.Language, q.Query))
                .Select(g => new ZeroResultQuery(g.Key.Language, g.Key.Query, g.Sum(q => q.Count), g.Max(q => q.Day)!))
                .OrderByDescending(q => q.Count)
                .ThenBy(q => q.Query, StringComparer.Ordinal)
                .Take(count)
                .ToList();
        }
    }

    /// <summary>Writes pending counts now (also done every few seconds and on dispose).</summary>
    public void Flush()
    {
        Share();
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
            foreach (var old in _buckets.Keys.Where(k => string.CompareOrdinal(k.Day, oldest) < 0).ToList())
            {
                _buckets.Remove(old);
            }

            records = _buckets.SelectMany(b => b.Value.Select(q => new ZeroResultRecord(b.Key.Day, b.Key.Language, q.Key, q.Value))).ToList();
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

    /// <summary>Adds the new counts to the shared database; on failure they wait for the next flush.</summary>
    private void Share()
    {
        if (_share is null)
        {
            return;
        }

        List<ZeroResultQuery> counts;
        lock (_lock)
        {
            if (_unshared.Count == 0)
            {
                return;
            }

            counts = _unshared.Select(kv => new ZeroResultQuery(kv.Key.Language, kv.Key.Query, kv.Value, kv.Key.Day)).ToList();
            _unshared.Clear();
        }

        try
        {
            _share.Add(counts, Oldest());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogWarning("Could not add {Count} zero-result counts to the shared database ({Reason}); trying again later", counts.Count, e.Message);
            lock (_lock)
            {
                // Kept for the next flush, within the same bound as a day's bucket.
                foreach (var c in counts.Take(MaxQueriesPerDayAndLanguage * 4))
                {
                    _unshared[(c.LastDay, c.Language, c.Query)] = _unshared.GetValueOrDefault((c.LastDay, c.Language, c.Query)) + c.Count;
                }
            }
        }
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
                    if (!_buckets.TryGetValue((record.Day, record.Language), out var bucket))
                    {
                        _buckets[(record.Day, record.Language)] = bucket = new Dictionary<string, int>(StringComparer.Ordinal);
                    }

                    bucket[record.Query] = record.Count;
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

    [GeneratedRegex(@"[A-Za-z]{2}\s?\d{8}\s?[A-Za-z]{2}|[^\s@]+@[^\s@]+\.[^\s@]+|\+?\d[\d\s()-]{8,}\d|\d{7,}", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalData();
}

/// <summary>A query that found nothing, with how often and when it was last searched.</summary>
public sealed record ZeroResultQuery(string Language, string Query, int Count, string LastDay);

/// <summary>
/// Where several nodes add up their zero-result counts (PostgreSQL mode; the site registers
/// one). <see cref="ZeroResultQuery.LastDay"/> is the day the counts are for.
/// </summary>
public interface IZeroResultShare
{
    /// <summary>False on a single node: the counts stay in the node's file.</summary>
    bool Enabled { get; }

    /// <summary>Adds <paramref name="counts"/> to the totals and drops days before <paramref name="oldestDay"/>.</summary>
    void Add(IReadOnlyList<ZeroResultQuery> counts, string oldestDay);

    /// <summary>The most frequent queries of every node since <paramref name="oldestDay"/>, in <paramref name="languages"/> (null: all).</summary>
    IReadOnlyList<ZeroResultQuery> Top(IReadOnlyCollection<string>? languages, int count, string oldestDay);
}
