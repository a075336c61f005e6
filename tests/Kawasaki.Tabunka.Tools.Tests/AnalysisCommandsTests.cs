namespace Kawasaki.Tabunka.Tools.Tests;

public sealed class AnalysisCommandsTests
{
    [Fact]
    public void Tokenize_writes_mecab_format_with_eos_after_every_line()
    {
        var result = ToolRunner.RunWithInput(ToolRunner.RepositoryRoot, "令和の避難所\n\n厼厽\n", "tokenize");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "令和\t名詞,固有名詞,一般,*,*,*,令和,レイワ,レイワ\n" +
            "の\t助詞,連体化,*,*,*,*,の,ノ,ノ\n" +
            "避難\t名詞,サ変接続,*,*,*,*,避難,ヒナン,ヒナン\n" +
            "所\t名詞,接尾,一般,*,*,*,所,ショ,ショ\n" +
            "EOS\nEOS\n" +
            "厼厽\t名詞,固有名詞,組織,*,*,*,*\n" +
            "EOS\n",
            result.Output);
    }

    [Fact]
    public async Task Tokenize_as_a_process_on_its_own_streams_writes_every_token_of_a_long_input()
    {
        // The verb buffers standard input and output when they are the process's own; this
        // proves nothing is lost or reordered beyond the buffers' 64 KB (the in-process run,
        // checked against mecab elsewhere, is the reference).
        var plan = File.ReadAllText(Path.Combine(ToolRunner.RepositoryRoot, "tests", "Kawasaki.Tabunka.Analysis.Japanese.Tests", "Corpus", "city-plan.txt"));
        var input = plan[..Math.Min(plan.Length, 60_000)] + "\r\n\n令和の避難所";
        var expected = ToolRunner.RunWithInput(ToolRunner.RepositoryRoot, input, "tokenize").Output;
        Assert.True(expected.Length > 200_000, $"{expected.Length} characters of output");

        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tabunka.dll"));
        start.ArgumentList.Add("tokenize");
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(patience.Token);

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(expected, await output);
    }

    [Fact]
    public void Tokenize_search_mode_stacks_the_compound_after_its_first_part()
    {
        var result = ToolRunner.RunWithInput(ToolRunner.RepositoryRoot, "関西国際空港\n", "tokenize", "--mode", "search");
        Assert.Equal(["関西", "関西国際空港", "国際", "空港", "EOS"], result.OutputLines.Select(l => l.Split('\t')[0]));
    }

    [Theory]
    [InlineData("tokenize", "--mode", "fast")]
    [InlineData("tokenize", "file.txt")]
    [InlineData("build-dictionary", "--ipadic", "x")]
    public void Bad_usage_exits_with_2(params string[] args)
    {
        Assert.Equal(2, ToolRunner.Run(ToolRunner.RepositoryRoot, args).ExitCode);
    }

    [Fact]
    public void Build_dictionary_reports_a_broken_source_and_exits_with_1()
    {
        var directory = Directory.CreateTempSubdirectory("ipadic-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "Noun.csv"), "名詞,1,1,not-a-number,名詞,一般,*,*,*,*,名詞,メイシ,メイシ\n");
            var result = ToolRunner.Run(directory, "build-dictionary", "--ipadic", ".", "--out", "out.bin");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("Noun.csv:1: 'not-a-number' is not a 16-bit number", result.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(directory, "out.bin")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
