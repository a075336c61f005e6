using Markdig.Extensions.Alerts;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// A parsed guide body, kept for rendering on demand, with what was learned while parsing:
/// problems, links to guides and places, plain text and furigana readings for search, and
/// the outline that translations must keep.
/// </summary>
public sealed class ParsedMarkdown
{
    internal ParsedMarkdown(MarkdownDocument document, MarkdownDiagnostics diagnostics)
    {
        Document = document;
        Problems = diagnostics.Problems.OrderBy(p => p.Line).ToList();
        Links = diagnostics.Links;
        PlainText = Markdown.PlainText.Of(document);
        Readings = document.Descendants<FuriganaInline>().Select(f => (f.Base, string.Concat(f.Readings))).ToList();
        Outline = OutlineOf(document);
    }

    private ParsedMarkdown(string error)
    {
        Problems = [new MarkdownProblem(0, error, IsError: true)];
        Links = [];
        PlainText = "";
        Readings = [];
        Outline = [];
    }

    /// <summary>The syntax tree; null when the text could not be parsed at all.</summary>
    public MarkdownDocument? Document { get; }

    internal IReadOnlyList<MarkdownProblem> Problems { get; }

    /// <summary>Every <c>guide:</c> and <c>place:</c> link, with its 0-based line.</summary>
    public IReadOnlyList<(ContentLinkKind Kind, string Id, int Line)> Links { get; }

    public string PlainText { get; }

    public IReadOnlyList<(string Base, string Reading)> Readings { get; }

    /// <summary>
    /// The sections of the body in order: what comes before the first heading, then one per
    /// <c>##</c> or <c>###</c> heading, each with its callouts, links and list items.
    /// </summary>
    internal IReadOnlyList<MarkdownSection> Outline { get; }

    /// <summary>True when the body is empty (a title-only translation).</summary>
    public bool IsEmpty => Document is { Count: 0 };

    internal static ParsedMarkdown Failed(string error) => new(error);

    private static List<MarkdownSection> OutlineOf(MarkdownDocument document)
    {
        var sections = new List<MarkdownSection>();
        var current = new SectionBuilder(0, 0, "");
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 or 3 } heading)
            {
                sections.Add(current.Build());
                current = new SectionBuilder(heading.Level, heading.Line, heading.Inline is null ? "" : Markdown.PlainText.Of(heading.Inline));
                continue;
            }

            current.Add(block);
        }

        sections.Add(current.Build());
        return sections;
    }

    private sealed class SectionBuilder(int level, int line, string heading)
    {
        private readonly List<string> _callouts = [];
        private readonly List<string> _links = [];
        private int _listItems;

        public void Add(Block block)
        {
            var blocks = block is ContainerBlock container ? container.Descendants<Block>().Prepend(block) : [block];
            foreach (var child in blocks)
            {
                switch (child)
                {
                    case AlertBlock alert:
                        _callouts.Add(alert.Kind.ToString().ToUpperInvariant());
                        break;
                    case ListItemBlock:
                        _listItems++;
                        break;
                    case LeafBlock { Inline: { } inline }:
                        foreach (var link in inline.Descendants<Inline>())
                        {
                            if (link is ContentLinkInline content)
                            {
                                _links.Add($"{(content.Kind == ContentLinkKind.Guide ? ContentLinkExtension.GuideScheme : ContentLinkExtension.PlaceScheme)}:{content.TargetId}");
                            }
                            else if (link is LinkInline { IsImage: false, Url: { } url } && LinkPolicy.Scheme(url) == "tel")
                            {
                                _links.Add("tel:" + url.Trim()[4..]);
                            }
                        }

                        break;
                }
            }
        }

        public MarkdownSection Build() => new(level, line, heading, _callouts, _links, _listItems);
    }
}

/// <summary>
/// One section of a guide body: its heading level (0 before the first heading), 0-based line
/// and heading text, and in order the callout kinds, the link targets (<c>guide:x</c>,
/// <c>place:y</c>, <c>tel:119</c>) and the number of list items it holds.
/// </summary>
internal sealed record MarkdownSection(int Level, int Line, string Heading, IReadOnlyList<string> Callouts, IReadOnlyList<string> Links, int ListItems);
