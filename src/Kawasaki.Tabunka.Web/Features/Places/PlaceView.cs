using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Markdown;
using Kawasaki.Tabunka.Core.Places;

namespace Kawasaki.Tabunka.Web.Features.Places;

/// <summary>
/// A place as one reader sees it: its name in their language (or the nearest language that
/// has one, marked with that language's <c>lang</c>), furigana as they chose, and the map
/// link for its address. The same for every reader of a language, so pages stay cacheable.
/// </summary>
public sealed class PlaceView(Place place, Language reader, LanguageRegistry languages, bool furigana)
{
    private readonly (string Language, PlaceText Text)? _text = place.TextFor(reader);

    public Place Place { get; } = place;

    /// <summary>The <c>lang</c> of the name and summary when it is not the page's, else null.</summary>
    public string? TextLang => _text is { } t && languages.Get(t.Language).HtmlLang != reader.HtmlLang ? languages.Get(t.Language).HtmlLang : null;

    /// <summary>The name as HTML; the official Japanese name when no language has one.</summary>
    public string NameHtml => _text is { } t
        ? t.Text.Name.ToHtml(furigana, languages.Get(t.Language).Script)
        : RichText.Parse(Place.OfficialName).ToHtml(false);

    public string NamePlain => _text?.Text.Name.PlainText ?? Place.OfficialName;

    public string? SummaryHtml => _text is { Text.Summary: { } summary } t ? summary.ToHtml(furigana, languages.Get(t.Language).Script) : null;

    /// <summary>
    /// The official name is shown beside the reader's name for readers of other languages, to
    /// show at a counter; a Japanese reader's name is already Japanese.
    /// </summary>
    public bool ShowsOfficialName => reader.Script != Script.Japanese && NamePlain != Place.OfficialName;

    /// <summary>A link that opens the address in the phone's map app: a plain <c>geo:</c> search, no map script.</summary>
    public static string MapHref(string address) => "geo:0,0?q=" + Uri.EscapeDataString(address);
}
