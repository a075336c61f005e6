using Markdig.Syntax;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// What the parser extensions found while reading one document: syntax errors, links that
/// were removed, the guides and places it links to. Extensions reach it through the document, never
/// through files or globals, so parsing stays a pure function of the text.
/// </summary>
internal sealed class MarkdownDiagnostics
{
    private static readonly object Key = new();
    private readonly HashSet<MarkdownProblem> _problems = [];
    private readonly List<(ContentLinkKind Kind, string Id, int Line)> _links = [];

    public IReadOnlyCollection<MarkdownProblem> Problems => _problems;

    /// <summary>Guides and places linked with <c>guide:</c> and <c>place:</c>, with the 0-based line of each link.</summary>
    public IReadOnlyList<(ContentLinkKind Kind, string Id, int Line)> Links => _links;

    public void Error(int line, string message) => _problems.Add(new MarkdownProblem(line, message, IsError: true));

    public void Warning(int line, string message) => _problems.Add(new MarkdownProblem(line, message, IsError: false));

    public void LinksTo(ContentLinkKind kind, string id, int line) => _links.Add((kind, id, line));

    public static MarkdownDiagnostics Of(MarkdownObject node)
    {
        var document = node as MarkdownDocument ?? throw new ArgumentException("diagnostics live on the document", nameof(node));
        if (document.GetData(Key) is not MarkdownDiagnostics diagnostics)
        {
            diagnostics = new MarkdownDiagnostics();
            document.SetData(Key, diagnostics);
        }

        return diagnostics;
    }
}

/// <summary>A problem at a 0-based line of the Markdown text.</summary>
internal sealed record MarkdownProblem(int Line, string Message, bool IsError);
