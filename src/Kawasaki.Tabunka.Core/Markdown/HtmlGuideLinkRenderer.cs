using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>Writes a <see cref="GuideLinkInline"/> with the URL the host resolves for the reader.</summary>
public sealed class HtmlGuideLinkRenderer : HtmlObjectRenderer<GuideLinkInline>
{
    /// <summary>Guide id → URL in the reader's language; null when the guide no longer exists.</summary>
    public Func<string, string?> Resolve { get; set; } = _ => null;

    protected override void Write(HtmlRenderer renderer, GuideLinkInline link)
    {
        var url = Resolve(link.GuideId);
        if (url is null || !renderer.EnableHtmlForInline)
        {
            // A link to a guide that has gone keeps its words and loses only the link.
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
