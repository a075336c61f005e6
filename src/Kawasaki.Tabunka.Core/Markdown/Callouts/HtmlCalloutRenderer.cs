using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// GitHub-style alerts (<c>&gt; [!WARNING]</c>) as callouts titled in the guide's own language,
/// without the inline SVG icons of Markdig's default (the stylesheet draws the marker).
/// </summary>
internal sealed class HtmlCalloutRenderer : HtmlObjectRenderer<AlertBlock>
{
    /// <summary>Kind (<c>note</c>, <c>tip</c>, <c>important</c>, <c>warning</c>, <c>caution</c>) → title.</summary>
    public Func<string, string> Label { get; set; } = kind => kind;

    protected override void Write(HtmlRenderer renderer, AlertBlock obj)
    {
        var kind = obj.Kind.ToString().ToLowerInvariant();
        renderer.EnsureLine();
        renderer.Write("<div class=\"callout callout-").WriteEscape(kind).Write("\" role=\"note\">");
        renderer.Write("<p class=\"callout-title\">").WriteEscape(Label(kind)).WriteLine("</p>");
        renderer.WriteChildren(obj);
        renderer.WriteLine("</div>");
    }
}
