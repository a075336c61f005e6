namespace Kawasaki.Tabunka.Tools.Tests;

public class CliTests
{
    [Fact]
    public void An_unknown_verb_is_a_usage_error_that_lists_the_verbs()
    {
        var result = ToolRunner.Run(ToolRunner.RepositoryRoot, "frobnicate");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown verb: frobnicate", result.Error, StringComparison.Ordinal);
        Assert.Contains("check-locales", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_with_the_verbs_usage()
    {
        var result = ToolRunner.Run(ToolRunner.RepositoryRoot, "check-locales", "--pth", "x");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown option --pth", result.Error, StringComparison.Ordinal);
        Assert.Contains("usage: check-locales [--path DIR]", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_without_its_value_is_a_usage_error()
    {
        var result = ToolRunner.Run(ToolRunner.RepositoryRoot, "check-locales", "--path");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--path needs a value", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_every_verb_and_succeeds()
    {
        var result = ToolRunner.Run(ToolRunner.RepositoryRoot, "help");
        Assert.Equal(0, result.ExitCode);
        foreach (var command in CommandCatalog.All())
        {
            Assert.Contains(command.Usage, result.Output, StringComparison.Ordinal);
        }
    }
}
