using Kawasaki.Tabunka.Core.Content;

namespace Kawasaki.Tabunka.Core.Tests.Content;

public class EasyJapaneseCheckerTests
{
    private static List<EasyJapaneseFinding> Check(string title, string body, string summary = "{説明|せつめい}です。", string extra = "")
    {
        var problems = new List<ContentProblem>();
        var text = $"---\ntitle: \"{title}\"\nsummary: \"{summary}\"\nupdated: 2026-04-01\n{extra}---\n{body}\n";
        var version = GuideFileReader.Read("disaster", "x", "ja-easy", "disaster/x/ja-easy.md", text, problems)
            ?? throw new InvalidOperationException(string.Join("\n", problems));
        return EasyJapaneseChecker.Check(version).ToList();
    }

    [Fact]
    public void Text_with_furigana_on_every_kanji_passes()
    {
        Assert.Empty(Check("{地震|じしん}の とき", "## {頭|あたま}を {守|まも}ります\n\n{机|つくえ}の {下|した}に {入|はい}ります。\n\n- {水|みず}\n- ラジオ"));
    }

    [Fact]
    public void Kanji_without_furigana_are_found_in_title_summary_places_and_body_with_their_lines()
    {
        var findings = Check("地震の とき", "\n{机|つくえ}の 下に {入|はい}ります。\n\n- 水", summary: "大切です。", extra: "places:\n  - id: ward-office\n    about: 地図を もらえます\n");

        Assert.Equal(
        [
            new(EasyJapaneseIssue.KanjiWithoutFurigana, 2, "地震"),
            new(EasyJapaneseIssue.KanjiWithoutFurigana, 3, "大切"),
            new(EasyJapaneseIssue.KanjiWithoutFurigana, 6, "地図"),
            new(EasyJapaneseIssue.KanjiWithoutFurigana, 10, "下"),
            new(EasyJapaneseIssue.KanjiWithoutFurigana, 12, "水"),
        ], findings);
    }

    [Fact]
    public void Iteration_marks_and_rare_kanji_count_as_kanji()
    {
        Assert.Equal(["人", "々", "𠮟"], EasyJapaneseChecker.Kanji("人々に 𠮟られる ひらがな カタカナ ABC"));
    }

    [Fact]
    public void Sentences_over_fifty_characters_count_base_text_only()
    {
        var fifty = string.Concat(Enumerable.Repeat("{漢|かん}", 48)) + "です";
        Assert.Empty(Check("{題|だい}", fifty + "。"));

        var findings = Check("{題|だい}", fifty + "ね" + "。");
        var finding = Assert.Single(findings);
        Assert.Equal(EasyJapaneseIssue.LongSentence, finding.Issue);
    }

    [Fact]
    public void Plain_forms_are_found_and_polite_forms_pass()
    {
        var findings = Check("{題|だい}", "これは ペンだ。これは ペンです。{行|い}きましょう。ここに {書|か}いて ください。");
        var finding = Assert.Single(findings);
        Assert.Equal(new EasyJapaneseFinding(EasyJapaneseIssue.PlainForm, 6, "これは ペンだ。"), finding);
    }
}
