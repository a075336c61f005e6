using Kawasaki.Tabunka.Core.Configuration;
using Xunit.Abstractions;

namespace Kawasaki.Tabunka.Search.Tests;

/// <summary>
/// The relevance sets: what residents type, in the language their site is set to, and the
/// guide they are looking for. relevance.tsv holds words, phrases, kana, romaji, typos and
/// synonyms; resident-queries.tsv holds situations, questions and mixed-language queries
/// written from the catalog alone, without reading the guides. Success@3 is the share of
/// queries whose guide is among the first three results: at least 95% overall, and at least
/// 90% for every language and every kind of query.
/// </summary>
public sealed class RelevanceTests(ITestOutputHelper output) : IDisposable
{
    private const double Required = 0.95;
    private const double RequiredPerGroup = 0.90;

    private static readonly string[] Kinds = ["word", "phrase", "kana", "romaji", "no-accent", "typo", "synonym", "cross-language", "situation", "question", "mixed"];

    private static readonly string[] Files = ["relevance.tsv", "resident-queries.tsv"];

    private readonly string _data = Directory.CreateTempSubdirectory("relevance-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    public static List<RelevanceQuery> Load() => Files.SelectMany(file =>
    {
        var path = Path.Combine(TabunkaPaths.FindRepositoryRoot(AppContext.BaseDirectory)!, "tests", "Kawasaki.Tabunka.Search.Tests", file);
        var lines = File.ReadAllLines(path);
        Assert.Equal("lang\tkind\tquery\texpected", lines[0]);
        return lines.Skip(1).Select((line, i) =>
        {
            var f = line.Split('\t');
            Assert.True(f.Length == 4, $"{file}:{i + 2}: expected 4 fields");
            return new RelevanceQuery(f[0], f[1], f[2], f[3].Split('|'));
        });
    }).ToList();

    [Fact]
    public void The_sets_cover_every_language_kind_and_guide_with_at_least_400_queries()
    {
        var queries = Load();
        Assert.True(queries.Count >= 400, $"{queries.Count} queries");
        Assert.Equal(29, queries.SelectMany(q => q.Expected).Distinct().Count());
        Assert.Equal(SearchHarness.Languages.All.Select(l => l.Id).Order(), queries.Select(q => q.Lang).Distinct().Order());
        Assert.Equal(Kinds.Order(), queries.Select(q => q.Kind).Distinct().Order());
    }

    [Fact]
    public void Success_at_3_is_at_least_95_percent_overall_and_90_percent_for_every_language_and_kind()
    {
        var queries = Load();
        using var search = new SearchHarness(Path.Combine(TabunkaPaths.FindRepositoryRoot(AppContext.BaseDirectory)!, "content"), _data);
        var known = search.Store.Current.Guides.Select(g => $"{g.Topic}/{g.Id}").ToHashSet();
        var outcomes = new List<(RelevanceQuery Query, bool Found, string Top)>();
        foreach (var query in queries)
        {
            Assert.All(query.Expected, e => Assert.Contains(e, known));
            var hits = search.Search(query.Query, query.Lang, limit: 3).Hits;
            var top = hits.Select(h => $"{h.Topic}/{h.Id}").ToList();
            outcomes.Add((query, query.Expected.Any(top.Contains), string.Join(", ", hits.Select(h => $"{h.Topic}/{h.Id}({h.Language})"))));
        }

        void Report(string label, IEnumerable<(RelevanceQuery Query, bool Found, string Top)> group)
        {
            var list = group.ToList();
            output.WriteLine($"{label,-16} {list.Count(o => o.Found),4}/{list.Count,-4} {(double)list.Count(o => o.Found) / list.Count,7:P1}");
        }

        Report("all", outcomes);
        foreach (var kind in outcomes.GroupBy(o => o.Query.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Report("kind " + kind.Key, kind);
        }

        foreach (var lang in outcomes.GroupBy(o => o.Query.Lang).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Report("lang " + lang.Key, lang);
        }

        foreach (var miss in outcomes.Where(o => !o.Found))
        {
            output.WriteLine($"MISS {miss.Query.Lang} {miss.Query.Kind} '{miss.Query.Query}' wants {string.Join("|", miss.Query.Expected)}; got {miss.Top}");
        }

        var rate = (double)outcomes.Count(o => o.Found) / outcomes.Count;
        Assert.True(rate >= Required, $"success@3 {rate:P1} is below {Required:P0}");
        foreach (var group in outcomes.GroupBy(o => "kind " + o.Query.Kind).Concat(outcomes.GroupBy(o => "language " + o.Query.Lang)))
        {
            var groupRate = (double)group.Count(o => o.Found) / group.Count();
            Assert.True(groupRate >= RequiredPerGroup, $"success@3 for {group.Key} is {groupRate:P1}, below {RequiredPerGroup:P0}");
        }
    }
}

public sealed record RelevanceQuery(string Lang, string Kind, string Query, string[] Expected);
