using Markdig;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>One <c>UseX()</c> per syntax of the guides, as Markdig registers its own extensions.</summary>
internal static class GuideMarkdownExtensions
{
    /// <summary><c>{漢字|かんじ}</c> furigana groups (see <see cref="FuriganaExtension"/>).</summary>
    public static MarkdownPipelineBuilder UseFurigana(this MarkdownPipelineBuilder pipeline) => pipeline.Use<FuriganaExtension>();

    /// <summary>GitHub-style ids on headings, counting the base text of furigana.</summary>
    public static MarkdownPipelineBuilder UseHeadingIds(this MarkdownPipelineBuilder pipeline) => pipeline.Use<HeadingIdExtension>();

    /// <summary>Drops links with schemes outside <see cref="LinkPolicy"/>.</summary>
    public static MarkdownPipelineBuilder UseSafeLinks(this MarkdownPipelineBuilder pipeline) => pipeline.Use<SafeLinksExtension>();

    /// <summary><c>guide:</c> and <c>place:</c> links, resolved for the reader when rendered.</summary>
    public static MarkdownPipelineBuilder UseContentLinks(this MarkdownPipelineBuilder pipeline) => pipeline.Use<ContentLinkExtension>();

    /// <summary><c>&gt; [!WARNING]</c> alerts as callouts titled in the text's language (adds Markdig's alert blocks).</summary>
    public static MarkdownPipelineBuilder UseCallouts(this MarkdownPipelineBuilder pipeline) => pipeline.UseAlertBlocks().Use<CalloutExtension>();
}
