using Markdig.Syntax;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// A parsed guide body, kept for rendering on demand, with what was learned while parsing:
/// problems, guide links, plain text and furigana readings for search.
/// </summary>
public sealed class ParsedMarkdown
{
    internal ParsedMarkdown(MarkdownDocument document, MarkdownDiagnostics diagnostics)
    {
        Document = document;
        Problems = diagnostics.Problems.OrderBy(p => p.Line).ToList();
        GuideLinks = diagnostics.GuideLinks;
        PlainText = Markdown.PlainText.Of(document);
        Readings = document.Descendants<FuriganaInline>().Select(f => (f.Base, string.Concat(f.Readings))).ToList();
    }

    private ParsedMarkdown(string error)
    {
        Problems = [new MarkdownProblem(0, error, IsError: true)];
        GuideLinks = [];
        PlainText = "";
        Readings = [];
    }

    /// <summary>The syntax tree; null when the text could not be parsed at all.</summary>
    public MarkdownDocument? Document { get; }

    public IReadOnlyList<MarkdownProblem> Problems { get; }

    public IReadOnlyList<(string Id, int Line)> GuideLinks { get; }

    public string PlainText { get; }

    public IReadOnlyList<(string Base, string Reading)> Readings { get; }

    public bool HasErrors => Problems.Any(p => p.IsError);

    internal static ParsedMarkdown Failed(string error) => new(error);
}
