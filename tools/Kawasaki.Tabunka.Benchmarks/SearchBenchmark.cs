using System.Diagnostics;
using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Search;
using Kawasaki.Tabunka.Search.Analysis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Benchmarks;

/// <summary>
/// Index build time and query latency, in process, for the shipped content and for fifty
/// times as many documents (every guide copied under new ids). The queries are the
/// relevance set's, each run in its reader's language.
/// </summary>
internal static class SearchBenchmark
{
    private const int Copies = 50;
    private const int QueryRounds = 10;

    public static int Run(string[] args)
    {
        var content = Path.Combine(Repository.Root, "content");
        var queries = File.ReadLines(Path.Combine(Repository.Root, "tests", "Kawasaki.Tabunka.Search.Tests", "relevance.tsv"))
            .Skip(1)
            .Select(l => l.Split('\t'))
            .Select(f => (Lang: f[0], Query: f[2]))
            .ToList();

        var scratch = Directory.CreateTempSubdirectory("tabunka-bench-").FullName;
        try
        {
            Measure("shipped content", content, Path.Combine(scratch, "data1"), queries);
            var large = Path.Combine(scratch, "content-x50");
            Multiply(content, large, Copies);
            Measure($"{Copies}x content", large, Path.Combine(scratch, "data50"), queries);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }

        return 0;
    }

    private static void Measure(string name, string contentPath, string dataPath, List<(string Lang, string Query)> queries)
    {
        var languages = new LanguageRegistry();
        var options = Options.Create(new TabunkaOptions { ContentPath = contentPath, DataPath = dataPath });
        using var store = new ContentStore(new ContentLoader(languages), options, NullLogger<ContentStore>.Instance);
        using var japanese = new MorphologicalJapaneseSearch();
        using var analyzers = new LanguageAnalyzers(new Kawasaki.Tabunka.Core.Languages.LanguageRegistry(), japanese.Text);
        using var index = new SearchIndex(analyzers, japanese);
        using var zero = new ZeroResultLog(options, TimeProvider.System, NullLogger<ZeroResultLog>.Instance);
        var service = new SearchService(index, store, languages, zero);

        var library = store.Current;
        var watch = Stopwatch.StartNew();
        index.Apply(library);
        var build = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"{name}: {index.DocumentCount:N0} documents indexed in {build:F2} s");

        // Warm-up: three rounds, so that tiered compilation has optimised the hot code.
        for (var round = 0; round < 3; round++)
        {
            foreach (var (lang, query) in queries)
            {
                service.Search(query, languages.Get(lang));
            }
        }

        var latencies = new List<double>();
        for (var round = 0; round < QueryRounds; round++)
        {
            foreach (var (lang, query) in queries)
            {
                var reader = languages.Get(lang);
                var start = Stopwatch.GetTimestamp();
                service.Search(query, reader);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        latencies.Sort();
        Console.WriteLine($"{name}: {latencies.Count:N0} queries: p50 {Repository.Percentile(latencies, 0.50):F2} ms, p99 {Repository.Percentile(latencies, 0.99):F2} ms, max {latencies[^1]:F2} ms");
    }

    /// <summary>Copies every guide folder <paramref name="copies"/> times under new ids.</summary>
    private static void Multiply(string source, string target, int copies)
    {
        foreach (var guide in Directory.GetDirectories(source).SelectMany(Directory.GetDirectories))
        {
            var topic = Path.GetFileName(Path.GetDirectoryName(guide))!;
            var id = Path.GetFileName(guide);
            for (var i = 0; i < copies; i++)
            {
                var folder = Path.Combine(target, topic, i == 0 ? id : $"{id}-{i}");
                Directory.CreateDirectory(folder);
                foreach (var file in Directory.GetFiles(guide, "*.md"))
                {
                    File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
                }
            }
        }
    }
}
