using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// Links between guides: <c>[text](guide:disaster-map)</c> becomes a <see cref="GuideLinkInline"/>
/// that renders as the same guide in the reader's language. The ids are recorded in
/// <see cref="MarkdownDiagnostics.GuideLinks"/> so content checks can report broken links.
/// </summary>
public sealed partial class GuideLinkExtension : IMarkdownExtension
{
    public const string Scheme = "guide";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Convert;
        pipeline.DocumentProcessed += Convert;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlGuideLinkRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlGuideLinkRenderer());
        }
    }

    /// <summary>Guide ids are lower-case words joined by hyphens, as in URLs.</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    private static void Convert(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(l => !l.IsImage && l.Url is not null).ToList())
        {
            if (LinkPolicy.Scheme(link.Url!) != Scheme)
            {
                continue;
            }

            var target = link.Url!.Trim()[(Scheme.Length + 1)..];
            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var id = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var diagnostics = MarkdownDiagnostics.Of(document);
            if (!IsValidId(id))
            {
                diagnostics.Error(link.Line, $"'guide:{id}' is not a guide id (lower-case letters, digits and hyphens)");
            }
            else
            {
                diagnostics.LinksToGuide(id, link.Line);
            }

            var guideLink = new GuideLinkInline { GuideId = id, Anchor = string.IsNullOrEmpty(anchor) ? null : anchor, Line = link.Line, Column = link.Column, Span = link.Span };
            link.ReplaceBy(guideLink);
        }
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
