using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Search.Tests;

public sealed class ZeroResultLogTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("zero-").FullName;
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private ZeroResultLog Create() => new(Options.Create(new TabunkaOptions { DataPath = _data }), _time, NullLogger<ZeroResultLog>.Instance);

    [Fact]
    public void Queries_are_counted_per_language_trimmed_and_lower_cased()
    {
        using var log = Create();
        log.Record("vi", "  Thuế ");
        log.Record("vi", "thuế");
        log.Record("en", "tax");

        Assert.Equal([new ZeroResultQuery("vi", "thuế", 2, "2026-11-28")], log.Top("vi"));
        Assert.Equal(2, log.Top().Count);
    }

    [Fact]
    public void With_several_nodes_each_flush_adds_only_the_new_counts_and_staff_read_the_totals()
    {
        var shared = new InMemoryShare();
        using var a = new ZeroResultLog(Options.Create(new TabunkaOptions { DataPath = _data }), _time, NullLogger<ZeroResultLog>.Instance, shared);
        using var b = new ZeroResultLog(Options.Create(new TabunkaOptions()), _time, NullLogger<ZeroResultLog>.Instance, shared);
        a.Record("es", "violencia domestica");
        b.Record("es", "violencia domestica");
        a.Flush();
        b.Flush();
        a.Record("es", "violencia domestica");
        a.Flush();
        a.Flush();

        Assert.Equal(3, shared.Counts[("2026-11-28", "es", "violencia domestica")]);
        Assert.Equal([new ZeroResultQuery("es", "violencia domestica", 3, "2026-11-28")], b.Top("es"));
    }

    [Fact]
    public void Counts_that_could_not_be_shared_are_added_at_the_next_flush_and_none_twice()
    {
        var shared = new InMemoryShare { Down = true };
        using var log = new ZeroResultLog(Options.Create(new TabunkaOptions()), _time, NullLogger<ZeroResultLog>.Instance, shared);
        log.Record("ne", "bhukampa");
        log.Flush();
        log.Record("ne", "bhukampa");
        log.Flush();
        Assert.Empty(shared.Counts);
        // While the database is down staff see this node's own counts.
        Assert.Equal(2, Assert.Single(log.Top("ne")).Count);

        shared.Down = false;
        log.Flush();
        log.Flush();

        Assert.Equal(2, shared.Counts[("2026-11-28", "ne", "bhukampa")]);
    }

    [Fact]
    public void A_single_node_keeps_its_counts_to_itself()
    {
        var shared = new InMemoryShare { Enabled = false };
        using var log = new ZeroResultLog(Options.Create(new TabunkaOptions { DataPath = _data }), _time, NullLogger<ZeroResultLog>.Instance, shared);
        log.Record("en", "tax");
        log.Flush();

        Assert.Empty(shared.Counts);
        Assert.Single(log.Top("en"));
    }

    /// <summary>The shared database's behaviour: counts added up per day, language and query.</summary>
    private sealed class InMemoryShare : IZeroResultShare
    {
        public bool Enabled { get; init; } = true;

        public bool Down { get; set; }

        public Dictionary<(string Day, string Language, string Query), int> Counts { get; } = [];

        public void Add(IReadOnlyList<ZeroResultQuery> counts, string oldestDay)
        {
            if (Down)
            {
                throw new TimeoutException("the database does not answer");
            }

            foreach (var c in counts)
            {
                Counts[(c.LastDay, c.Language, c.Query)] = Counts.GetValueOrDefault((c.LastDay, c.Language, c.Query)) + c.Count;
            }
        }

        public IReadOnlyList<ZeroResultQuery> Top(IReadOnlyCollection<string>? languages, int count, string oldestDay) =>
            Down ? throw new TimeoutException("the database does not answer")
            : Counts.Where(kv => languages is null || languages.Contains(kv.Key.Language))
                .Select(kv => new ZeroResultQuery(kv.Key.Language, kv.Key.Query, kv.Value, kv.Key.Day)).OrderByDescending(q => q.Count).Take(count).ToList();
    }

    [Theory]
    [InlineData("090-1234-5678")]
    [InlineData("call 044 200 3669")]
    [InlineData("AB12345678CD")]
    [InlineData("my card ab 12345678 cd")]
    [InlineData("tanaka.yuki@example.jp")]
    [InlineData("123456789012")]
    public void Queries_that_look_like_personal_data_are_not_kept(string query)
    {
        using var log = Create();
        log.Record("en", query);
        Assert.Empty(log.Top());
    }

    [Theory]
    [InlineData("119")]
    [InlineData("covid 2020")]
    [InlineData("AB 12 parking")]
    public void Needs_with_a_short_number_are_kept(string query)
    {
        using var log = Create();
        log.Record("en", query);
        Assert.Single(log.Top());
    }

    [Fact]
    public void A_flood_of_made_up_queries_fills_one_day_of_one_language_and_real_ones_are_still_counted()
    {
        using var log = Create();
        log.Record("es", "violencia domestica");
        log.Record("es", "violencia domestica");
        for (var i = 0; i < ZeroResultLog.MaxQueriesPerDayAndLanguage * 3; i++)
        {
            log.Record("es", $"junk {i:x}q");
        }

        log.Record("es", "alquiler");
        log.Record("vi", "thue nha");
        var spanish = log.Top("es", ZeroResultLog.MaxQueriesPerDayAndLanguage * 2);
        Assert.Equal(ZeroResultLog.MaxQueriesPerDayAndLanguage, spanish.Count);
        Assert.Equal(new ZeroResultQuery("es", "violencia domestica", 2, "2026-11-28"), spanish[0]);
        Assert.Contains(spanish, q => q.Query == "alquiler");
        Assert.Single(log.Top("vi"));

        _time.Advance(TimeSpan.FromDays(1));
        log.Record("es", "otra cosa");
        Assert.Contains(log.Top("es", 2000), q => q.Query == "otra cosa" && q.LastDay == "2026-11-29");
    }

    [Fact]
    public void A_translator_is_shown_the_queries_of_their_own_languages()
    {
        using var log = Create();
        log.Record("vi", "thue nha");
        log.Record("ne", "ghar bhada");
        log.Record("es", "alquiler");
        Assert.Equal(["ghar bhada", "thue nha"], log.Top(["vi", "ne"]).Select(q => q.Query).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_the_query_language_day_and_count_are_written_and_survive_a_restart()
    {
        using (var log = Create())
        {
            log.Record("th", "ภาษี");
            log.Flush();
        }

        var file = File.ReadAllText(Path.Combine(_data, "zero-result-searches.json"));
        Assert.Equal("""[{"Day":"2026-11-28","Language":"th","Query":"\u0E20\u0E32\u0E29\u0E35","Count":1}]""", file);
        using var reopened = Create();
        Assert.Equal(1, reopened.Top("th").Single().Count);
    }

    [Fact]
    public void Counts_older_than_ninety_days_are_dropped()
    {
        using var log = Create();
        log.Record("en", "tax");
        _time.Advance(TimeSpan.FromDays(89));
        Assert.Single(log.Top());
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Empty(log.Top());
    }

    [Theory]
    [InlineData("((((")]
    [InlineData("")]
    [InlineData("😀")]
    public void Input_without_words_is_not_kept(string query)
    {
        using var log = Create();
        log.Record("en", query);
        Assert.Empty(log.Top());
    }

    [Fact]
    public void Overlong_queries_are_not_kept()
    {
        using var log = Create();
        log.Record("en", new string('x', ZeroResultLog.MaxQueryLength + 1));
        Assert.Empty(log.Top());
    }

    private sealed class ManualTime(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
