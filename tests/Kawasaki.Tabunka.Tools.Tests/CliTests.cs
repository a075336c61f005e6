namespace Kawasaki.Tabunka.Tools.Tests;

public class CliTests
{
    [Fact]
    public void An_unknown_verb_is_a_usage_error_that_points_to_help()
    {
        var result = ToolRunner.Run(ToolRunner.RepositoryRoot, "frobnicate");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unrecognized command or argument 'frobnicate'", result.Error, StringComparison.Ordinal);
        Assert.Contains("--help lists the verbs", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var result = ToolRunner.Run(ToolRunner.RepositoryRoot, "check-locales", "--pth", "x");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'--pth'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_without_its_value_and_a_missing_required_option_are_usage_errors()
    {
        Assert.Equal(2, ToolRunner.Run(ToolRunner.RepositoryRoot, "check-locales", "--path").ExitCode);
        var result = ToolRunner.Run(ToolRunner.RepositoryRoot, "user", "add", "--role", "editor");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Option '--email' is required.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_outside_its_choices_is_a_usage_error()
    {
        var result = ToolRunner.Run(ToolRunner.RepositoryRoot, "tokenize", "--mode", "fast");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fast", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_every_verb_and_succeeds()
    {
        var result = ToolRunner.Run(ToolRunner.RepositoryRoot, "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var verb in new[] { "check-content", "content-status", "stamp-source", "facts-needed", "check-locales", "tokenize", "build-dictionary", "user", "banner", "mirror" })
        {
            Assert.Contains(verb, result.Output, StringComparison.Ordinal);
        }
    }
}
