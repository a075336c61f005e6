using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// The Markdown of guides: CommonMark with tables, heading ids, GitHub-style alerts as
/// callouts, furigana and <c>guide:</c>/<c>place:</c> links; raw HTML shown as text and unsafe
/// links dropped. The pipeline is built once and shared; parsing and rendering are thread-safe.
/// </summary>
public static class GuideMarkdown
{
    /// <summary>The one pipeline. Markdig's generic attributes stay off (contracts).</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseHeadingIds()
        .UseCjkFriendlyEmphasis()
        .UseFurigana()
        .UseSafeLinks()
        .UseContentLinks()
        .UseCallouts()
        .DisableHtml()
        .Build();

    /// <summary>Parses a guide body. Never throws: unreadable input becomes an error in the result.</summary>
    public static ParsedMarkdown Parse(string markdown)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            return ParsedMarkdown.Failed("the text is nested too deeply to show (too many '>' or list levels)");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            return ParsedMarkdown.Failed($"the text cannot be read as Markdown: {e.Message}");
        }

        if (TooDeep(document) is { } deep)
        {
            MarkdownDiagnostics.Of(document).Error(deep.Line, $"lists or quotes are nested more than {MaxNesting} levels deep here; no guide needs that many, and each level costs every reader's phone");
        }

        foreach (var callout in document.Descendants<Markdig.Extensions.Alerts.AlertBlock>())
        {
            var kind = callout.Kind.ToString().ToUpperInvariant();
            if (!HtmlCalloutRenderer.Kinds.Contains(kind))
            {
                MarkdownDiagnostics.Of(document).Error(callout.Line, $"unknown callout [!{kind}]: use {string.Join(", ", HtmlCalloutRenderer.Kinds.Select(k => $"[!{k}]"))}");
            }
            else if (kind == HtmlCalloutRenderer.Phrase && (callout.Count == 0 || callout[0] is not ParagraphBlock))
            {
                MarkdownDiagnostics.Of(document).Error(callout.Line, "a [!PHRASE] card starts with the Japanese to show, as a paragraph");
            }
        }

        return new ParsedMarkdown(document, MarkdownDiagnostics.Of(document));
    }

    /// <summary>How deep lists and quotes may sit inside each other. Real guides use three or
    /// four levels; thousands (which Markdig accepts) take a tenth of a second to render.</summary>
    public const int MaxNesting = 16;

    /// <summary>The first block nested deeper than <see cref="MaxNesting"/>, found without recursion.</summary>
    private static ContainerBlock? TooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(ContainerBlock Container, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (container, depth) = pending.Pop();
            foreach (var child in container)
            {
                if (child is not ContainerBlock inner)
                {
                    continue;
                }

                // A list item is part of its list's level, not a level of its own.
                var level = inner is ListItemBlock ? depth : depth + 1;
                if (level > MaxNesting)
                {
                    return inner;
                }

                pending.Push((inner, level));
            }
        }

        return null;
    }

    /// <summary>Renders a parsed body to HTML with its table of contents.</summary>
    public static RenderedMarkdown Render(ParsedMarkdown parsed, GuideRenderOptions options)
    {
        if (parsed.Document is null)
        {
            return new RenderedMarkdown("", []);
        }

        using var writer = new StringWriter();
        var renderer = CreateRenderer(writer, options);
        renderer.Render(parsed.Document);

        var contents = new List<TocEntry>();
        foreach (var heading in parsed.Document.Descendants<HeadingBlock>().Where(h => h.Level == 2 && h.Inline is not null))
        {
            using var headingWriter = new StringWriter();
            var headingRenderer = CreateRenderer(headingWriter, options);
            headingRenderer.WriteChildren(heading.Inline!);
            contents.Add(new TocEntry(heading.GetAttributes().Id ?? "", headingWriter.ToString()));
        }

        return new RenderedMarkdown(writer.ToString(), contents);
    }

    private static HtmlRenderer CreateRenderer(TextWriter writer, GuideRenderOptions options)
    {
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.FindExact<HtmlFuriganaRenderer>()!.ShowReadings = options.Furigana;
        renderer.ObjectRenderers.FindExact<HtmlContentLinkRenderer>()!.Resolve = options.ResolveLink;
        renderer.ObjectRenderers.FindExact<HtmlCalloutRenderer>()!.Label = options.CalloutLabel;
        renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(new HtmlJapaneseRunRenderer { TextScript = options.TextScript });
        return renderer;
    }
}
