namespace Kawasaki.Tabunka.Search;

/// <summary>One guide found: in the reader's language when that version matched, else the best matching one.</summary>
/// <param name="Id">The guide id.</param>
/// <param name="Language">The language of the version found.</param>
/// <param name="Topic">The guide's topic.</param>
/// <param name="Title">The title in that language, without furigana.</param>
/// <param name="Url">The relative URL of that version.</param>
/// <param name="Score">Lucene's score, for ordering.</param>
/// <param name="Snippet">Plain text around the match; matched words are wrapped in <see cref="Snippets.MarkStart"/> and <see cref="Snippets.MarkEnd"/>.</param>
public sealed record SearchHit(string Id, string Language, string Topic, string Title, string Url, string Snippet, float Score);

/// <summary>The answer to one search: every matching guide once, reader's language first.</summary>
public sealed record SearchResults(string Query, string Language, int Total, IReadOnlyList<SearchHit> Hits)
{
    public static SearchResults Empty(string query, string language) => new(query, language, 0, []);
}
