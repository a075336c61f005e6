using Markdig;
using Markdig.Renderers;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>The furigana syntax as a Markdig extension.</summary>
internal sealed class FuriganaExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<FuriganaParser>())
        {
            // First, so that a '|' inside a group is never taken for a table cell border.
            pipeline.InlineParsers.Insert(0, new FuriganaParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlFuriganaRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlFuriganaRenderer());
        }
    }
}
