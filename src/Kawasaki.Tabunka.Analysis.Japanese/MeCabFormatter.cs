using System.Text;

namespace Kawasaki.Tabunka.Analysis.Japanese;

/// <summary>
/// Writes tokens in MeCab's default output format: surface, tab, features, one token per
/// line, and <c>EOS</c> after every input line.
/// </summary>
public sealed class MeCabFormatter(Segmenter segmenter)
{
    /// <summary>Lines longer than this are segmented in pieces, as MeCab splits lines longer
    /// than its input buffer; it bounds the lattice's memory.</summary>
    public const int MaxPiece = 8192;

    private readonly List<Morpheme> _tokens = [];

    public void Write(string line, TextWriter output)
    {
        var text = line.AsSpan();
        while (!text.IsEmpty)
        {
            var length = Math.Min(text.Length, MaxPiece);
            if (length < text.Length && char.IsHighSurrogate(text[length - 1]))
            {
                length--;
            }

            var piece = text[..length];
            _tokens.Clear();
            segmenter.Segment(piece, _tokens);
            var builder = new StringBuilder();
            foreach (var token in _tokens)
            {
                var surface = piece.Slice(token.Start, token.Length);
                builder.Append(surface).Append('\t').Append(segmenter.Features(token, surface)).Append('\n');
            }

            output.Write(builder.ToString());
            text = text[length..];
        }

        output.Write("EOS\n");
    }

    /// <summary>Splits input at LF only: MeCab keeps a CR as a character of the line.</summary>
    public static IEnumerable<string> Lines(TextReader reader)
    {
        var line = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == '\n')
                {
                    yield return line.ToString();
                    line.Clear();
                }
                else
                {
                    line.Append(buffer[i]);
                }
            }
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
