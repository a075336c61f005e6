namespace Kawasaki.Tabunka.Core.Content;

public enum ProblemSeverity
{
    Warning,
    Error,
}

/// <summary>
/// A problem in a guide file, printed as <c>path:line: message</c>. <see cref="Path"/> is
/// relative to the content folder with forward slashes (<c>disaster/call-119/vi.md</c>).
/// </summary>
public sealed record ContentProblem(string Path, int Line, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public bool IsError => Severity == ProblemSeverity.Error;

    public override string ToString() => Format(Path);

    /// <summary>The problem with its path written as the reader should see it (e.g. relative to their directory).</summary>
    public string Format(string displayPath) =>
        $"{displayPath}:{Math.Max(Line, 1)}: {(IsError ? "" : "warning: ")}{Message}";
}
