using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>Renders <see cref="FuriganaInline"/> as ruby, or as its base text when furigana are off.</summary>
internal sealed class HtmlFuriganaRenderer : HtmlObjectRenderer<FuriganaInline>
{
    /// <summary>Set per render from <see cref="GuideRenderOptions.Furigana"/>.</summary>
    public bool ShowReadings { get; set; } = true;

    protected override void Write(HtmlRenderer renderer, FuriganaInline obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(obj.Base);
            return;
        }

        var html = new StringBuilder();
        RubyHtml.Write(html, obj.Base, obj.Readings, ShowReadings);
        renderer.Write(html.ToString());
    }
}
