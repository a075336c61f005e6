using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Kawasaki.Tabunka.Search;

/// <summary>
/// The part of a guide's text around the words that matched. Matched words are marked with
/// two control characters that no guide contains; the API removes them, the search page
/// turns them into <c>&lt;mark&gt;</c> after escaping the text.
/// </summary>
public static class Snippets
{
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';
    public const int Length = 140;

    /// <summary>
    /// The best fragment of the first of <paramref name="sources"/> (field, text) where the
    /// query matches, marked; else the start of the last source, unmarked.
    /// </summary>
    /// <remarks>
    /// Fragments are scored by the query's terms (<see cref="QueryTermScorer"/>), not by
    /// span positions: a span scorer builds an index of each hit's text and made snippets
    /// the slowest part of a search.
    /// </remarks>
    /// <remarks>Tokens come from the term vectors of document <paramref name="docId"/> when the
    /// field has them, else from <paramref name="analyzer"/>.</remarks>
    public static string Make(Query query, Analyzer analyzer, IndexReader reader, int docId, params (string Field, string Text)[] sources)
    {
        foreach (var (field, text) in sources)
        {
            var highlighter = new Highlighter(new SimpleHTMLFormatter(MarkStart.ToString(), MarkEnd.ToString()), new QueryTermScorer(query, field))
            {
                TextFragmenter = new SimpleFragmenter(Length),
                MaxDocCharsToAnalyze = 50_000,
            };
            try
            {
                var cleaned = Clean(text);
                var tokens = TokenSources.GetTokenStreamWithOffsets(reader, docId, field);
                var fragment = tokens is null
                    ? highlighter.GetBestFragment(analyzer, field, cleaned)
                    : highlighter.GetBestFragment(tokens, cleaned);
                if (fragment is not null)
                {
                    return Collapse(fragment);
                }
            }
            catch (InvalidTokenOffsetsException)
            {
                // A tokenizer gave offsets outside the text: try the next source.
            }
        }

        return Shorten(Clean(sources[^1].Text));
    }

    /// <summary>The snippet as plain text, for the API.</summary>
    public static string Plain(string snippet) => snippet.Replace(MarkStart.ToString(), "", StringComparison.Ordinal).Replace(MarkEnd.ToString(), "", StringComparison.Ordinal);

    private static string Clean(string text) => text.Replace(MarkStart, ' ').Replace(MarkEnd, ' ');

    private static string Collapse(string text) => string.Join(' ', text.Split(['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string text)
    {
        var collapsed = Collapse(text);
        if (collapsed.Length <= Length)
        {
            return collapsed;
        }

        var cut = new StringBuilder(collapsed[..Length]);
        return cut.Append('…').ToString();
    }
}
