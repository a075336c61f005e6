using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Search;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Web.Hosting;

/// <summary>
/// The zero-result counts of every node, in the shared PostgreSQL database: each node adds what
/// it counted since its last flush (an upsert that adds, so two nodes never overwrite each
/// other), and staff read the totals. Each node still caps what it counts per day and language
/// (<see cref="ZeroResultLog.MaxQueriesPerDayAndLanguage"/>), so the table is bounded by that
/// times the number of nodes.
/// </summary>
public sealed class SharedZeroResults(IDbContextFactory<StaffDbContext> contexts, IOptions<TabunkaOptions> options) : IZeroResultShare
{
    public bool Enabled { get; } = options.Value.Database.IsPostgreSql;

    public void Add(IReadOnlyList<ZeroResultQuery> counts, string oldestDay)
    {
        using var db = contexts.CreateDbContext();
        using var transaction = db.Database.BeginTransaction();
        foreach (var c in counts)
        {
            db.Database.ExecuteSql($"""
                INSERT INTO "ZeroResults" ("Day", "Language", "Query", "Count") VALUES ({c.LastDay}, {c.Language}, {c.Query}, {c.Count})
                ON CONFLICT ("Day", "Language", "Query") DO UPDATE SET "Count" = "ZeroResults"."Count" + EXCLUDED."Count"
                """);
        }

        db.ZeroResults.Where(z => string.Compare(z.Day, oldestDay) < 0).ExecuteDelete();
        transaction.Commit();
    }

    public IReadOnlyList<ZeroResultQuery> Top(IReadOnlyCollection<string>? languages, int count, string oldestDay)
    {
        using var db = contexts.CreateDbContext();
        var rows = db.ZeroResults.AsNoTracking().Where(z => string.Compare(z.Day, oldestDay) >= 0);
        if (languages is not null)
        {
            var list = languages.ToList();
            rows = rows.Where(z => list.Contains(z.Language));
        }

        return rows.GroupBy(z => new { z.Language, z.Query })
            .Select(g => new { g.Key.Language, g.Key.Query, Count = g.Sum(z => z.Count), LastDay = g.Max(z => z.Day) })
            .OrderByDescending(q => q.Count).ThenBy(q => q.Query)
            .Take(count)
            .AsEnumerable()
            .Select(q => new ZeroResultQuery(q.Language, q.Query, q.Count, q.LastDay!))
            .ToList();
    }
}
