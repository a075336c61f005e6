using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Kawasaki.Tabunka.Search.Analysis;

/// <summary>
/// Standard word breaking, lower case and accent folding, then optional stop words and a
/// stemmer. Folding runs before stemming so that <c>matricula</c> and <c>matrícula</c>,
/// <c>dong dat</c> and <c>động đất</c> meet in the index: residents often type without accents.
/// Japanese words in these languages' keywords (母子手帳) are joined into bigrams, as the
/// standard tokenizer alone would cut them into single characters that match anything.
/// </summary>
public sealed class FoldingAnalyzer(CharArraySet? stopWords = null, Func<TokenStream, TokenStream>? stemmer = null) : Analyzer
{
    public static LuceneVersion Version => LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new CJKBigramFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (stopWords is not null)
        {
            stream = new StopFilter(Version, stream, stopWords);
        }

        if (stemmer is not null)
        {
            stream = stemmer(stream);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>A stop word set with its words also in folded form (<c>está</c> and <c>esta</c>).</summary>
    public static CharArraySet Folded(CharArraySet words)
    {
        var folded = new CharArraySet(Version, words.Count * 2, ignoreCase: true);
        foreach (var word in words)
        {
            var text = word;
            folded.Add(text);
            folded.Add(Fold(text));
        }

        return folded;
    }

    private static string Fold(string text)
    {
        var input = text.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
