namespace Kawasaki.Tabunka.Tools;

/// <summary>One verb of the command line, e.g. <c>check-content</c>.</summary>
public interface ICommand
{
    /// <summary>The verb as typed, lower case with hyphens; may contain a space for sub-verbs (<c>user add</c>).</summary>
    string Name { get; }

    /// <summary>Usage line(s) shown by <c>help</c> and on bad usage.</summary>
    string Usage { get; }

    /// <summary>
    /// Runs the verb on the arguments after it and returns its exit code (see <see cref="ExitCodes"/>).
    /// Parse them with <see cref="CommandArgs.Parse"/>; a <see cref="UsageException"/> becomes exit code 2.
    /// </summary>
    int Run(CommandContext context, IReadOnlyList<string> args);
}

/// <summary>Exit codes shared by every verb, as the contracts give them.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int Usage = 2;
}

/// <summary>Where a verb reads and writes; tests pass their own writers.</summary>
public sealed record CommandContext(TextReader In, TextWriter Out, TextWriter Error, string WorkingDirectory);
