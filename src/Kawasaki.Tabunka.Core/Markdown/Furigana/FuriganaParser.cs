using Markdig.Helpers;
using Markdig.Parsers;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>Parses <c>{漢字|かんじ}</c> groups; a malformed group is reported and left as text.</summary>
internal sealed class FuriganaParser : InlineParser
{
    public FuriganaParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var match = FuriganaSyntax.Match(slice.Text.AsSpan(0, slice.End + 1), slice.Start);
        if (match.Length == 0)
        {
            return false;
        }

        var start = slice.Start;
        processor.GetSourcePosition(start, out var line, out var column);
        if (match.Error is not null)
        {
            MarkdownDiagnostics.Of(processor.Document).Error(line, match.Error);
            return false;
        }

        processor.Inline = new FuriganaInline
        {
            Base = match.Base!,
            Readings = match.Readings!,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start), processor.GetSourcePosition(start + match.Length - 1)),
            Line = line,
            Column = column,
        };
        slice.Start += match.Length;
        return true;
    }
}
