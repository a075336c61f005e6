using Kawasaki.Tabunka.Core.Languages;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;

namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// GitHub-style alerts (<c>&gt; [!WARNING]</c>) as callouts titled in the guide's own language,
/// without the inline SVG icons of Markdig's default (the stylesheet draws the marker).
/// <c>&gt; [!PHRASE]</c> is a phrase card to show a Japanese speaker: its first paragraph is
/// the Japanese (large, marked <c>lang="ja"</c>, always with its readings, so the reader can
/// also say it), the rest is the reader's language.
/// </summary>
internal sealed class HtmlCalloutRenderer : HtmlObjectRenderer<AlertBlock>
{
    /// <summary>Kind (<c>note</c>, <c>tip</c>, <c>important</c>, <c>warning</c>, <c>caution</c>) → title.</summary>
    public Func<string, string> Label { get; set; } = kind => kind;

    /// <summary>The callout kinds a guide may use, upper case as written.</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION", Phrase };

    public const string Phrase = "PHRASE";

    protected override void Write(HtmlRenderer renderer, AlertBlock obj)
    {
        var kind = obj.Kind.ToString().ToLowerInvariant();
        if (kind == "phrase")
        {
            WritePhrase(renderer, obj);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<div class=\"callout callout-").WriteEscape(kind).Write("\" role=\"note\">");
        renderer.Write("<p class=\"callout-title\">").WriteEscape(Label(kind)).WriteLine("</p>");
        renderer.WriteChildren(obj);
        renderer.WriteLine("</div>");
    }

    private static void WritePhrase(HtmlRenderer renderer, AlertBlock card)
    {
        renderer.EnsureLine();
        renderer.Write("<figure class=\"phrase-card\">");
        for (var i = 0; i < card.Count; i++)
        {
            if (i == 0 && card[0] is ParagraphBlock japanese)
            {
                var furigana = renderer.ObjectRenderers.FindExact<HtmlFuriganaRenderer>();
                var runs = renderer.ObjectRenderers.FindExact<HtmlJapaneseRunRenderer>();
                var (shown, script) = (furigana?.ShowReadings, runs?.TextScript);
                SetJapanese(furigana, runs, true, Script.Japanese);
                renderer.Write("<p class=\"phrase-ja\" lang=\"ja\">");
                renderer.WriteLeafInline(japanese);
                renderer.WriteLine("</p>");
                SetJapanese(furigana, runs, shown ?? true, script ?? Script.Latin);
                if (card.Count > 1)
                {
                    renderer.Write("<figcaption>");
                }

                continue;
            }

            renderer.Write(card[i]);
        }

        if (card.Count > 1 && card[0] is ParagraphBlock)
        {
            renderer.Write("</figcaption>");
        }

        renderer.WriteLine("</figure>");
    }

    private static void SetJapanese(HtmlFuriganaRenderer? furigana, HtmlJapaneseRunRenderer? runs, bool readings, Script script)
    {
        if (furigana is not null)
        {
            furigana.ShowReadings = readings;
        }

        if (runs is not null)
        {
            runs.TextScript = script;
        }
    }
}
