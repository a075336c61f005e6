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
