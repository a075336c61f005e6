namespace Kawasaki.Tabunka.Tools.Tests;

public sealed class CheckLocalesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("check-locales-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_repository_locale_files_are_complete_in_every_language()
    {
        var result = ToolRunner.Run(ToolRunner.RepositoryRoot, "check-locales");
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Empty(result.OutputLines);
    }

    [Fact]
    public void Problems_are_printed_as_file_and_key_with_exit_code_one()
    {
        var locales = Path.Combine(_dir, "locales");
        Directory.CreateDirectory(locales);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(ToolRunner.RepositoryRoot, "locales")))
        {
            File.Copy(file, Path.Combine(locales, Path.GetFileName(file)));
        }

        var vi = Path.Combine(locales, "vi.json");
        File.WriteAllText(vi, File.ReadAllText(vi).Replace("\"Search.Button\":", "\"Search.Buton\":", StringComparison.Ordinal));

        var result = ToolRunner.Run(_dir, "check-locales", "--path", "locales");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["locales/vi.json:Search.Button: missing key", "locales/vi.json:Search.Buton: key not in en.json"], result.OutputLines);
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_a_finding()
    {
        var result = ToolRunner.Run(_dir, "check-locales", "--path", "missing");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the locale folder does not exist", result.Output, StringComparison.Ordinal);
    }
}
