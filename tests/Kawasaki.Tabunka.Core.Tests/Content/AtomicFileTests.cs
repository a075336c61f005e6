using System.Diagnostics;
using Kawasaki.Tabunka.Core.Content;

namespace Kawasaki.Tabunka.Core.Tests.Content;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("atomic-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_new_text_replaces_the_old_and_no_temporary_file_is_left()
    {
        var path = Path.Combine(_dir, "en.md");
        File.WriteAllText(path, "old");

        AtomicFile.WriteAllText(path, "new 新しい");

        Assert.Equal("new 新しい", File.ReadAllText(path));
        Assert.Equal(["en.md"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_process_killed_while_publishing_leaves_the_old_file_or_the_new_one_never_a_mix()
    {
        // Two large texts of the same length, so a torn write could not pass for either.
        var a = string.Concat(Enumerable.Repeat("古い版 old version\n", 40_000));
        var b = string.Concat(Enumerable.Repeat("新しい版 new text!\n", 40_000));
        var textA = Path.Combine(_dir, "a.txt");
        var textB = Path.Combine(_dir, "b.txt");
        File.WriteAllText(textA, a);
        File.WriteAllText(textB, b);
        var target = Path.Combine(_dir, "guide", "en.md");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, a);

        var writer = Path.Combine(Path.GetDirectoryName(typeof(AtomicFileTests).Assembly.Location)!.Replace("Kawasaki.Tabunka.Core.Tests", "Kawasaki.Tabunka.CrashWriter", StringComparison.Ordinal), "Kawasaki.Tabunka.CrashWriter.dll");
        Assert.True(File.Exists(writer), $"the crash writer was not built at {writer}");

        for (var round = 0; round < 6; round++)
        {
            using var process = Process.Start(new ProcessStartInfo("dotnet", [writer, target, textA, textB]) { RedirectStandardOutput = true })!;
            Assert.Equal("writing", await process.StandardOutput.ReadLineAsync());
            await Task.Delay(Random.Shared.Next(20, 200));
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();

            var text = File.ReadAllText(target);
            Assert.True(text == a || text == b, $"round {round}: the file is neither version ({text.Length} chars)");
        }
    }
}
