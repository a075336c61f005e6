using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Kawasaki.Tabunka.Search;

/// <summary>One Lucene document per guide per language.</summary>
public static class GuideDocuments
{
    /// <summary>
    /// Stored text with term vectors and offsets: snippets are highlighted from the
    /// vectors instead of analysing every hit's text again at query time.
    /// </summary>
    private static readonly FieldType WithOffsets = new(TextField.TYPE_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    };

    public static string KeyOf(GuideVersion version) => $"{version.Id}/{version.Language}";

    public static Document Create(GuideVersion version, IJapaneseSearch japanese, LanguageAnalyzers analyzers)
    {
        var lang = version.Language;
        var document = new Document
        {
            new StringField(SearchFields.Key, KeyOf(version), Field.Store.YES),
            new StringField(SearchFields.Id, version.Id, Field.Store.YES),

            // Doc values give the id of a hit without loading the stored document.
            new SortedDocValuesField(SearchFields.Id, new BytesRef(version.Id)),
            new StringField(SearchFields.Language, lang, Field.Store.YES),
            new StringField(SearchFields.Topic, version.Topic, Field.Store.YES),
            new TextField(SearchFields.Title(lang), version.Title.PlainText, Field.Store.YES),
            new Field(SearchFields.Summary(lang), version.Summary.PlainText, WithOffsets),
            new Field(SearchFields.Body(lang), version.Markdown.PlainText, WithOffsets),
            new TextField(SearchFields.Keywords(lang), string.Join("\n", version.FrontMatter.Keywords), Field.Store.YES),
        };

        if (analyzers.IsLatinScript(lang))
        {
            var words = string.Join("\n", version.Title.PlainText, version.Summary.PlainText, string.Join("\n", version.FrontMatter.Keywords), version.Markdown.PlainText);
            document.Add(new TextField(SearchFields.Words(lang), words, Field.Store.NO));
        }

        if (analyzers.IsJapanese(lang))
        {
            document.Add(new TextField(SearchFields.Reading(lang), japanese.ReadingText(version), Field.Store.NO));
        }

        return document;
    }
}
