using Markdig.Syntax.Inlines;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>A link to another guide, <c>[text](guide:disaster-map)</c>, resolved when rendered.</summary>
public sealed class GuideLinkInline : ContainerInline
{
    public required string GuideId { get; init; }

    /// <summary>A fragment after <c>#</c>, e.g. a heading id in the target guide, or null.</summary>
    public string? Anchor { get; init; }
}
