using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>Writes a <see cref="ContentLinkInline"/> with the URL the host resolves for the reader.</summary>
internal sealed class HtmlContentLinkRenderer : HtmlObjectRenderer<ContentLinkInline>
{
    /// <summary>Kind and id → URL in the reader's language; null when the guide or place no longer exists.</summary>
    public Func<ContentLinkKind, string, string?> Resolve { get; set; } = (_, _) => null;

    protected override void Write(HtmlRenderer renderer, ContentLinkInline link)
    {
        var url = Resolve(link.Kind, link.TargetId);
        if (url is null || !renderer.EnableHtmlForInline)
        {
            // A link to something that has gone keeps its words and loses only the link.
            renderer.WriteChildren(link);
            return;
        }

        if (link.Anchor is not null)
        {
            url += "#" + Uri.EscapeDataString(link.Anchor);
        }

        renderer.Write("<a href=\"").WriteEscapeUrl(url).Write("\">");
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
