using Markdig.Syntax.Inlines;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>What a content link points at.</summary>
public enum ContentLinkKind
{
    /// <summary><c>guide:disaster-map</c>: a guide, opened in the reader's language.</summary>
    Guide,

    /// <summary><c>place:ward-office</c>: a place of the directory, opened on its page.</summary>
    Place,
}

/// <summary>A link to another guide or to a place, resolved for the reader when rendered.</summary>
internal sealed class ContentLinkInline : ContainerInline
{
    public required ContentLinkKind Kind { get; init; }

    public required string TargetId { get; init; }

    /// <summary>A fragment after <c>#</c>, e.g. a heading id in the target guide, or null.</summary>
    public string? Anchor { get; init; }
}
