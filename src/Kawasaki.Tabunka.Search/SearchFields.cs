namespace Kawasaki.Tabunka.Search;

/// <summary>
/// Field names of the index. Text fields carry the language in their name
/// (<c>title_vi</c>), so each language is analysed by its own analyzer and a query in one
/// language only meets documents of that language.
/// </summary>
public static class SearchFields
{
    public const string Key = "key";
    public const string Id = "id";
    public const string Language = "lang";
    public const string Topic = "topic";

    public static string Title(string lang) => "title_" + lang;

    public static string Summary(string lang) => "summary_" + lang;

    public static string Body(string lang) => "body_" + lang;

    public static string Keywords(string lang) => "keywords_" + lang;

    public static string Reading(string lang) => "reading_" + lang;

    /// <summary>Every word of a Latin-script guide, unstemmed, for matching typos.</summary>
    public static string Words(string lang) => "words_" + lang;

    /// <summary>The language of a per-language field, or null for a shared field.</summary>
    public static string? LanguageOf(string field)
    {
        var underscore = field.IndexOf('_', StringComparison.Ordinal);
        return underscore < 0 ? null : field[(underscore + 1)..];
    }

    public static bool IsReading(string field) => field.StartsWith("reading_", StringComparison.Ordinal);

    public static bool IsWords(string field) => field.StartsWith("words_", StringComparison.Ordinal);
}
