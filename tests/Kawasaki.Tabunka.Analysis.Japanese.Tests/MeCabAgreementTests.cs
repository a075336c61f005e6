using System.Diagnostics;
using System.Text;
using Kawasaki.Tabunka.Analysis.Japanese.Dictionary;
using Xunit.Abstractions;

namespace Kawasaki.Tabunka.Analysis.Japanese.Tests;

/// <summary>
/// Normal mode with MeCab's unknown-word rules must give, line for line, the tokens and the
/// nine features that Debian's MeCab with IPADIC gives: the same output as <c>mecab</c>.
/// </summary>
public sealed class MeCabAgreementTests(ITestOutputHelper output)
{
    private const double RequiredAgreement = 0.995;

    public static TheoryData<string> Corpora() => ["seed", "own"];

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Normal_mode_agrees_with_mecab_line_for_line(string corpus)
    {
        var path = corpus == "seed" ? SeedPath() : Path.Combine(AppContext.BaseDirectory, "Corpus", "own-corpus.txt");
        var text = File.ReadAllText(path, Encoding.UTF8);
        var expected = Sentences(RunMeCab(path));
        var actual = Sentences(Tokenize(text));

        Assert.Equal(expected.Count, actual.Count);
        var differing = Enumerable.Range(0, expected.Count).Where(i => !expected[i].SequenceEqual(actual[i])).ToList();
        var rate = 1.0 - ((double)differing.Count / expected.Count);
        output.WriteLine($"{corpus}: {expected.Count - differing.Count}/{expected.Count} lines identical ({rate:P2})");
        foreach (var i in differing.Take(10))
        {
            output.WriteLine($"line {i + 1}:\n  mecab: {string.Join(" | ", expected[i])}\n  ours:  {string.Join(" | ", actual[i])}");
        }

        Assert.True(rate >= RequiredAgreement, $"{corpus}: agreement {rate:P2} is below {RequiredAgreement:P1}; first difference at line {differing.FirstOrDefault() + 1}");
    }

    [Fact]
    public void Tokenize_output_is_mecab_format_byte_for_byte_on_tricky_input()
    {
        // Spaces, tabs, a CR, emoji, half-width kana, an unknown kanji pair, full-width
        // digits, a 26-letter Cyrillic run, and the 2019 era name that the seed lacks.
        var text = "  令和 元年\tです\r\n😳😳と ｶﾀｶﾅ\n厼厽と１２３\nАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩ\n\n";
        var path = Path.Combine(Path.GetTempPath(), $"mecab-tricky-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        try
        {
            Assert.Equal(RunMeCab(path), Tokenize(text));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Kawasaki City's International Policy Promotion Plan (2022), a public city document kept
    /// in the repository as test data, so a fresh clone anywhere has what its tests need.
    /// </summary>
    internal static string SeedPath() => Path.Combine(TestText.RepositoryRoot(), "tests", "Kawasaki.Tabunka.Analysis.Japanese.Tests", "Corpus", "city-plan.txt");

    private static string Tokenize(string text)
    {
        var formatter = new MeCabFormatter(new Segmenter(JapaneseDictionary.Shared, TokenizerMode.Normal, UnknownWordRules.MeCab));
        var writer = new StringWriter();
        foreach (var line in MeCabFormatter.Lines(new StringReader(text)))
        {
            formatter.Write(line, writer);
        }

        return writer.ToString();
    }

    /// <summary>Runs Debian's mecab (tools/test.sh installs it) on a file.</summary>
    private static string RunMeCab(string path)
    {
        var start = new ProcessStartInfo("mecab", ["-b", "1048576", path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start mecab; run tools/test.sh, which installs it");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "mecab failed: " + stderr.Result);
        return stdout.Result;
    }

    private static List<List<string>> Sentences(string output)
    {
        var result = new List<List<string>>();
        var current = new List<string>();
        foreach (var line in output.Split('\n'))
        {
            if (line == "EOS")
            {
                result.Add(current);
                current = [];
            }
            else if (line.Length > 0)
            {
                current.Add(line);
            }
        }

        return result;
    }
}
