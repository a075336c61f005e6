using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>Uses <see cref="HtmlCalloutRenderer"/> for alert blocks; registered by <c>UseCallouts()</c> after <c>UseAlertBlocks()</c>.</summary>
internal sealed class CalloutExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCalloutRenderer>())
        {
            html.ObjectRenderers.RemoveAll(r => r is AlertBlockRenderer);
            html.ObjectRenderers.Insert(0, new HtmlCalloutRenderer());
        }
    }
}
