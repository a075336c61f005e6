using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// Gives every heading an id from its words in the style GitHub uses (lower case, spaces to
/// hyphens, punctuation dropped, letters of every script kept), counting the base text of
/// furigana groups, so <c>## {地震|じしん}の とき</c> gets <c>地震の-とき</c>. Repeated ids get
/// <c>-1</c>, <c>-2</c>. Used for the table of contents and links to a section.
/// </summary>
internal sealed class HeadingIdExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= AssignIds;
        pipeline.DocumentProcessed += AssignIds;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var rune in text.Trim().ToLowerInvariant().EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsLetterOrDigit(rune) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                slug.Append(rune.ToString());
            }
            else if (Rune.IsWhiteSpace(rune) || rune.Value is '-' or '_')
            {
                slug.Append(rune.Value == '_' ? '_' : '-');
            }
        }

        return slug.Length == 0 ? "section" : slug.ToString();
    }

    private static void AssignIds(MarkdownDocument document)
    {
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var slug = Slug(heading.Inline is null ? "" : PlainText.Of(heading.Inline));
            var id = slug;
            if (used.TryGetValue(slug, out var count))
            {
                id = $"{slug}-{count}";
            }

            used[slug] = count + 1;
            heading.GetAttributes().Id = id;
        }
    }
}
