using Kawasaki.Tabunka.Core.Content;
using Lucene.Net.Analysis;

namespace Kawasaki.Tabunka.Search.Analysis;

/// <summary>
/// How Japanese guides are indexed and searched. Japanese needs two analyzers: one for the
/// written text and one for readings, so that a resident who types a word in kana or in
/// romaji finds the guide that writes it in kanji.
/// </summary>
public interface IJapaneseSearch
{
    /// <summary>The analyzer for Japanese title, summary, body and keywords.</summary>
    Analyzer Text { get; }

    /// <summary>The analyzer for the reading field at index time.</summary>
    Analyzer Reading { get; }

    /// <summary>The analyzer for the reading field at query time, which also reads romaji.</summary>
    Analyzer ReadingQuery { get; }

    /// <summary>The text to index in the reading field of a Japanese guide version.</summary>
    string ReadingText(GuideVersion version);
}
