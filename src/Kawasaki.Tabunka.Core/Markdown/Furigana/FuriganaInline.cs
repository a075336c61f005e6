using Markdig.Syntax.Inlines;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>A furigana group in Markdown: base text with one reading, or one per character.</summary>
internal sealed class FuriganaInline : LeafInline
{
    public required string Base { get; init; }

    public required IReadOnlyList<string> Readings { get; init; }
}
