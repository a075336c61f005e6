using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// Drops links whose target <see cref="LinkPolicy"/> does not allow: the link text stays, the
/// link goes. Runs on the parsed document, so every way of writing a link (inline,
/// reference, autolink, image) is covered.
/// </summary>
internal sealed class SafeLinksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Sanitize;
        pipeline.DocumentProcessed += Sanitize;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Sanitize(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var allowed = link.IsImage ? LinkPolicy.IsAllowedImage(link.Url) : LinkPolicy.IsAllowedLink(link.Url);
            if (allowed)
            {
                continue;
            }

            MarkdownDiagnostics.Of(document).Warning(link.Line, $"link to '{link.Url}' removed: only http, https, mailto, tel, guide, place and relative links are kept");
            if (link.IsImage)
            {
                link.ReplaceBy(new LiteralInline(PlainText.Of(link)), copyChildren: false);
            }
            else
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (autolink.IsEmail || LinkPolicy.IsAllowedLink(autolink.Url))
            {
                continue;
            }

            MarkdownDiagnostics.Of(document).Warning(autolink.Line, $"link to '{autolink.Url}' removed: only http, https, mailto, tel, guide, place and relative links are kept");
            autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
        }
    }

    /// <summary>Replaces a link by its children: the words stay where they were.</summary>
    private static void Unwrap(ContainerInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
