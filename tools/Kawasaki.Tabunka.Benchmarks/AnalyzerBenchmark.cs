using System.Diagnostics;
using System.Text;
using Kawasaki.Tabunka.Analysis.Japanese;
using Kawasaki.Tabunka.Analysis.Japanese.Dictionary;

namespace Kawasaki.Tabunka.Benchmarks;

/// <summary>
/// Our tokenizer beside MeCab on the same text: the city plan repeated twenty times
/// (about 3.5 MB), normal mode with MeCab's unknown-word rules, five runs each.
/// </summary>
internal static class AnalyzerBenchmark
{
    private const int Repeat = 20;
    private const int Runs = 5;

    public static int Run(string[] args)
    {
        var seed = args.Length == 2 && args[0] == "--seed"
            ? args[1]
            : Path.Combine(Repository.Root, "tests", "Kawasaki.Tabunka.Analysis.Japanese.Tests", "Corpus", "city-plan.txt");
        var plan = File.ReadAllText(seed, Encoding.UTF8);
        var text = string.Concat(Enumerable.Repeat(plan.EndsWith('\n') ? plan : plan + "\n", Repeat));
        var bytes = Encoding.UTF8.GetByteCount(text);
        var file = Path.Combine(Path.GetTempPath(), "tabunka-bench-plan-x20.txt");
        File.WriteAllText(file, text, new UTF8Encoding(false));
        Console.WriteLine($"text: {seed} x{Repeat} = {bytes / 1e6:F2} MB UTF-8, {text.Length:N0} chars");

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var dictionary = JapaneseDictionary.Shared;
        var loadMs = watch.Elapsed.TotalMilliseconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"dictionary: loaded in {loadMs:F0} ms; managed memory +{(after - before) / 1e6:F1} MB; process working set {Environment.WorkingSet / 1e6:F0} MB; {dictionary.EntryCount:N0} entries, {dictionary.NodeCount:N0} trie nodes");

        var lines = text.Split('\n');
        var segmenter = new Segmenter(dictionary, TokenizerMode.Normal, UnknownWordRules.MeCab);
        var tokens = new List<Morpheme>();
        long count = 0;
        var segmentOnly = Measure(() =>
        {
            count = 0;
            foreach (var line in lines)
            {
                tokens.Clear();
                segmenter.Segment(line, tokens);
                count += tokens.Count;
            }
        });
        Report("ours, segment only", segmentOnly, count, bytes);

        var formatter = new MeCabFormatter(segmenter);
        var formatted = Measure(() =>
        {
            foreach (var line in lines)
            {
                formatter.Write(line, TextWriter.Null);
            }
        });
        Report("ours, MeCab output format", formatted, count, bytes);

        long luceneCount = 0;
        var lucene = Measure(() =>
        {
            using var tokenizer = new JapaneseTokenizer(new StringReader(text), mode: TokenizerMode.Search);
            tokenizer.Reset();
            luceneCount = 0;
            while (tokenizer.IncrementToken())
            {
                luceneCount++;
            }

            tokenizer.End();
        });
        Report("ours, Lucene tokenizer, search mode", lucene, luceneCount, bytes);

        var mecabTokens = MeCabTokens(file);
        if (mecabTokens < 0)
        {
            Console.WriteLine("mecab: not installed");
            return 0;
        }

        var mecab = Measure(() => RunMeCab(file, "/dev/null"));
        Report("mecab 0.996, output to /dev/null", mecab, mecabTokens, bytes);
        Console.WriteLine($"ratio (ours formatted / mecab, median throughput): {mecab.Median / formatted.Median:F2}");
        return 0;
    }

    private static (double Best, double Median) Measure(Action action)
    {
        action(); // warm-up: JIT, caches
        var seconds = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            seconds.Add(watch.Elapsed.TotalSeconds);
        }

        seconds.Sort();
        return (seconds[0], seconds[Runs / 2]);
    }

    private static void Report(string name, (double Best, double Median) time, long tokens, long bytes) =>
        Console.WriteLine($"{name}: median {time.Median:F3} s (best {time.Best:F3} s): {tokens / time.Median / 1e6:F2} M tokens/s, {bytes / time.Median / 1e6:F2} MB/s ({tokens:N0} tokens)");

    private static long MeCabTokens(string file)
    {
        var output = Path.GetTempFileName();
        try
        {
            if (!RunMeCab(file, output))
            {
                return -1;
            }

            return File.ReadLines(output).LongCount(l => l.Length > 0 && l != "EOS");
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static bool RunMeCab(string input, string output)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("mecab", ["-b", "1048576", input, "-o", output]) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
