using System.Globalization;
using System.Text;
using Kawasaki.Tabunka.Core.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kawasaki.Tabunka.Core.Content;

public enum EasyJapaneseIssue
{
    /// <summary>A kanji shown without a reading.</summary>
    KanjiWithoutFurigana,

    /// <summary>A sentence longer than <see cref="EasyJapaneseChecker.MaxSentenceLength"/> characters.</summary>
    LongSentence,

    /// <summary>A sentence in plain form (だ, である, plain verbs) instead of です/ます.</summary>
    PlainForm,
}

/// <summary>A place where easy Japanese text breaks one of its rules; <see cref="Line"/> is a file line.</summary>
public sealed record EasyJapaneseFinding(EasyJapaneseIssue Issue, int Line, string Text);

/// <summary>
/// Checks the rules of easy Japanese (やさしい日本語) that a program can check: furigana on
/// every kanji, sentences of at most 50 characters (counting the base text, not readings),
/// polite です/ます endings. Used by the content test and the staff editor.
/// </summary>
public static class EasyJapaneseChecker
{
    public const int MaxSentenceLength = 50;

    private static readonly string[] PoliteEndings = ["です", "ます", "ました", "ません", "でした", "ましょう", "ください", "でしょう"];

    public static IReadOnlyList<EasyJapaneseFinding> Check(GuideVersion version)
    {
        var findings = new List<EasyJapaneseFinding>();
        var front = version.FrontMatter;
        CheckField(version.Title, front.LineOf("title"), findings);
        CheckField(version.Summary, front.LineOf("summary"), findings);
        foreach (var place in front.Places.Where(p => p.About is not null))
        {
            CheckField(place.About!, place.Line, findings);
        }

        if (version.Markdown.Document is { } document)
        {
            CheckBody(document, version.BodyLine, findings);
        }

        return findings;
    }

    /// <summary>The easy Japanese name and summary of a place: furigana on every kanji (the file's lines are not tracked, so line 1).</summary>
    public static IReadOnlyList<EasyJapaneseFinding> Check(Places.PlaceText text)
    {
        var findings = new List<EasyJapaneseFinding>();
        CheckField(text.Name, 1, findings);
        if (text.Summary is not null)
        {
            CheckField(text.Summary, 2, findings);
        }

        return findings;
    }

    /// <summary>Kanji characters (Han script, and 々 〆 〇) in <paramref name="text"/>.</summary>
    public static IEnumerable<string> Kanji(string text) =>
        text.EnumerateRunes().Where(IsKanji).Select(r => r.ToString());

    public static bool IsKanji(Rune rune) => rune.Value is (>= 0x3005 and <= 0x3007) or (>= 0x3400 and <= 0x4DBF)
        or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F);

    private static void CheckField(RichText text, int line, List<EasyJapaneseFinding> findings)
    {
        foreach (var segment in FuriganaSyntax.Split(text.Source).Where(s => !s.HasReadings))
        {
            AddKanji(segment.Text, line, findings);
        }
    }

    private static void CheckBody(MarkdownDocument document, int bodyLine, List<EasyJapaneseFinding> findings)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null)
            {
                if (block is CodeBlock code)
                {
                    AddKanji(code.Lines.ToString(), bodyLine + block.Line, findings);
                }

                continue;
            }

            foreach (var inline in block.Inline.Descendants<Inline>())
            {
                var text = inline switch
                {
                    LiteralInline literal => literal.Content.ToString(),
                    CodeInline code => code.Content,
                    _ => null,
                };
                if (text is not null)
                {
                    AddKanji(text, bodyLine + inline.Line, findings);
                }
            }

            if (block is ParagraphBlock)
            {
                CheckSentences(Markdown.PlainText.Of(block.Inline), bodyLine + block.Line, findings);
            }
        }
    }

    private static void CheckSentences(string paragraph, int line, List<EasyJapaneseFinding> findings)
    {
        var sentence = new StringBuilder();
        foreach (var c in paragraph + "\n")
        {
            if (c is '\n' or '。' or '！' or '？')
            {
                var text = sentence.ToString().Trim();
                if (new StringInfo(text).LengthInTextElements > MaxSentenceLength)
                {
                    findings.Add(new(EasyJapaneseIssue.LongSentence, line, text));
                }

                if (c == '。' && text.Length > 0 && !IsPolite(text))
                {
                    findings.Add(new(EasyJapaneseIssue.PlainForm, line, text + c));
                }

                sentence.Clear();
            }
            else
            {
                sentence.Append(c);
            }
        }
    }

    private static bool IsPolite(string sentence)
    {
        // Closing brackets and sentence-final particles (ね, よ, か) follow the polite form.
        var end = sentence.TrimEnd('」', '）', ')', '』', ' ', '　').TrimEnd('ね', 'よ', 'か');
        return PoliteEndings.Any(p => end.EndsWith(p, StringComparison.Ordinal));
    }

    private static void AddKanji(string text, int line, List<EasyJapaneseFinding> findings)
    {
        var kanji = string.Concat(Kanji(text));
        if (kanji.Length > 0)
        {
            findings.Add(new(EasyJapaneseIssue.KanjiWithoutFurigana, line, kanji));
        }
    }
}
