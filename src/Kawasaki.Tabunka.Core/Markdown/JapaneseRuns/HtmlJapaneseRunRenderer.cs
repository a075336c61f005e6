using System.Text;
using Kawasaki.Tabunka.Core.Languages;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>Text renderer that marks Japanese passages in a text of another language (see <see cref="JapaneseRuns"/>).</summary>
internal sealed class HtmlJapaneseRunRenderer : LiteralInlineRenderer
{
    /// <summary>The script of the text being rendered.</summary>
    public Script TextScript { get; set; } = Script.Japanese;

    protected override void Write(HtmlRenderer renderer, LiteralInline obj)
    {
        if (!JapaneseRuns.Marks(TextScript) || !renderer.EnableHtmlEscape)
        {
            base.Write(renderer, obj);
            return;
        }

        var html = new StringBuilder();
        JapaneseRuns.AppendHtml(html, obj.Content.ToString(), TextScript);
        renderer.Write(html.ToString());
    }
}
