using Kawasaki.Tabunka.Core.Configuration;

namespace Kawasaki.Tabunka.Tools.Tests;

/// <summary>Runs a verb in-process, as <c>dotnet run --project tools/Kawasaki.Tabunka.Tools -- VERB</c> would.</summary>
public static class ToolRunner
{
    public static string RepositoryRoot { get; } = TabunkaPaths.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("tests run inside the repository");

    public static ToolResult Run(string workingDirectory, params string[] args) => RunWithInput(workingDirectory, "", args);

    public static ToolResult RunWithInput(string workingDirectory, string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CommandContext(new StringReader(stdin), output, error, workingDirectory);
        var exit = Cli.Run(args, context);
        return new ToolResult(exit, output.ToString(), error.ToString());
    }
}

public sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
