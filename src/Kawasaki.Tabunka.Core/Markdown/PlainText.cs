using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>The words of a document without markup: what search indexes and snippets quote.</summary>
public static class PlainText
{
    public static string Of(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is not null)
            {
                Append(text, block.Inline);
            }
            else if (block is CodeBlock code)
            {
                text.Append(code.Lines.ToString());
            }

            text.Append('\n');
        }

        return text.ToString().Trim();
    }

    public static string Of(ContainerInline container)
    {
        var text = new StringBuilder();
        Append(text, container);
        return text.ToString();
    }

    private static void Append(StringBuilder text, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case FuriganaInline furigana:
                    text.Append(furigana.Base);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline nested:
                    Append(text, nested);
                    break;
            }
        }
    }
}
