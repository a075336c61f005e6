using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Search.Analysis;
using Lucene.Net.Documents;

namespace Kawasaki.Tabunka.Core.Search;

/// <summary>One Lucene document per guide per language.</summary>
public static class GuideDocuments
{
    public static string KeyOf(GuideVersion version) => $"{version.Id}/{version.Language}";

    public static Document Create(GuideVersion version, IJapaneseSearch japanese)
    {
        var lang = version.Language;
        var document = new Document
        {
            new StringField(SearchFields.Key, KeyOf(version), Field.Store.YES),
            new StringField(SearchFields.Id, version.Id, Field.Store.YES),
            new StringField(SearchFields.Language, lang, Field.Store.YES),
            new StringField(SearchFields.Topic, version.Topic, Field.Store.YES),
            new TextField(SearchFields.Title(lang), version.Title.PlainText, Field.Store.YES),
            new TextField(SearchFields.Summary(lang), version.Summary.PlainText, Field.Store.YES),
            new TextField(SearchFields.Body(lang), version.Markdown.PlainText, Field.Store.YES),
            new TextField(SearchFields.Keywords(lang), string.Join("\n", version.FrontMatter.Keywords), Field.Store.YES),
        };

        if (LanguageAnalyzers.IsLatinScript(lang))
        {
            var words = string.Join("\n", version.Title.PlainText, version.Summary.PlainText, string.Join("\n", version.FrontMatter.Keywords), version.Markdown.PlainText);
            document.Add(new TextField(SearchFields.Words(lang), words, Field.Store.NO));
        }

        if (lang is "ja" or "ja-easy")
        {
            document.Add(new TextField(SearchFields.Reading(lang), japanese.ReadingText(version), Field.Store.NO));
        }

        return document;
    }
}
