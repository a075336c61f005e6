using System.Text;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// A one-line text that may carry furigana: a title, a summary, a contact's name. Not
/// Markdown: only furigana groups are special, everything else is shown as typed.
/// </summary>
public sealed class RichText
{
    private readonly IReadOnlyList<FuriganaSegment> _segments;
    private readonly string _withFurigana;
    private readonly string _withoutFurigana;

    private RichText(string source, IReadOnlyList<FuriganaSegment> segments, IReadOnlyList<string> errors)
    {
        Source = source;
        _segments = segments;
        Errors = errors;
        PlainText = string.Concat(segments.Select(s => s.Text));
        _withFurigana = Build(true);
        _withoutFurigana = Build(false);
    }

    /// <summary>The text as written, with furigana syntax.</summary>
    public string Source { get; }

    /// <summary>The base text only, for <c>&lt;title&gt;</c>, meta descriptions and search.</summary>
    public string PlainText { get; }

    /// <summary>Syntax errors in the furigana groups.</summary>
    public IReadOnlyList<string> Errors { get; }

    public bool HasFurigana => _segments.Any(s => s.HasReadings);

    /// <summary>The readings given for the text, e.g. ("避難所", "ひなんじょ").</summary>
    public IEnumerable<(string Base, string Reading)> Readings =>
        _segments.Where(s => s.HasReadings).Select(s => (s.Text, string.Concat(s.Readings)));

    public static RichText Parse(string source)
    {
        var errors = new List<string>();
        var segments = FuriganaSyntax.Split(source, errors);
        return new RichText(source, segments, errors);
    }

    /// <summary>HTML-encoded text, with ruby when <paramref name="furigana"/> is on.</summary>
    public string ToHtml(bool furigana) => furigana ? _withFurigana : _withoutFurigana;

    /// <summary>
    /// HTML-encoded text of a language written in <paramref name="script"/>: in any script
    /// but Japanese, Japanese passages are marked (see <see cref="JapaneseRuns"/>).
    /// </summary>
    public string ToHtml(bool furigana, Script script) =>
        JapaneseRuns.Marks(script) ? Build(furigana, script) : ToHtml(furigana);

    public override string ToString() => PlainText;

    private string Build(bool furigana, Script script = Script.Japanese)
    {
        var html = new StringBuilder();
        foreach (var segment in _segments)
        {
            if (segment.HasReadings)
            {
                RubyHtml.Write(html, segment.Text, segment.Readings, furigana);
            }
            else
            {
                JapaneseRuns.AppendHtml(html, segment.Text, script);
            }
        }

        return html.ToString();
    }
}
