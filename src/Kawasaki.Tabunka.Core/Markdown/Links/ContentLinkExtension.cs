using Kawasaki.Tabunka.Core.Content;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// Links inside the content: <c>[text](guide:disaster-map)</c> and <c>[text](place:ward-office)</c>
/// become <see cref="ContentLinkInline"/>s that the host resolves to URLs in the reader's
/// language when rendering. The targets are recorded in <see cref="MarkdownDiagnostics"/> so
/// the content checks can report links to guides or places that do not exist.
/// </summary>
internal sealed class ContentLinkExtension : IMarkdownExtension
{
    public const string GuideScheme = "guide";
    public const string PlaceScheme = "place";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Convert;
        pipeline.DocumentProcessed += Convert;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlContentLinkRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlContentLinkRenderer());
        }
    }

    private static void Convert(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(l => !l.IsImage && l.Url is not null).ToList())
        {
            var scheme = LinkPolicy.Scheme(link.Url!);
            var kind = scheme switch
            {
                GuideScheme => ContentLinkKind.Guide,
                PlaceScheme => ContentLinkKind.Place,
                _ => (ContentLinkKind?)null,
            };
            if (kind is null)
            {
                continue;
            }

            var target = link.Url!.Trim()[(scheme!.Length + 1)..];
            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var id = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var diagnostics = MarkdownDiagnostics.Of(document);
            if (!ContentIds.IsValid(id))
            {
                diagnostics.Error(link.Line, $"'{scheme}:{id}' is not a {scheme} id (lower-case letters, digits and hyphens)");
            }
            else
            {
                diagnostics.LinksTo(kind.Value, id, link.Line);
            }

            link.ReplaceBy(new ContentLinkInline
            {
                Kind = kind.Value,
                TargetId = id,
                Anchor = string.IsNullOrEmpty(anchor) ? null : anchor,
                Line = link.Line,
                Column = link.Column,
                Span = link.Span,
            });
        }
    }
}
