using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace Kawasaki.Tabunka.Analysis.Japanese.Tests;

public sealed class FilterTests
{
    private static readonly JapaneseAnalyzer Analyzer = new(LuceneVersion.LUCENE_48);

    [Fact]
    public void The_analyzer_indexes_dictionary_forms_and_drops_particles_and_auxiliaries()
    {
        Assert.Equal(["川崎", "住む"], TestText.Terms(Analyzer, "川崎に住んでいます"));
    }

    [Fact]
    public void The_analyzer_folds_width_and_case_and_stems_long_katakana()
    {
        var terms = TestText.Terms(Analyzer, "ＷＩ－ＦＩとコンピューターとｶﾀｶﾅ");
        Assert.Contains("wi", terms);
        Assert.Contains("コンピュータ", terms);
        Assert.Contains("カタカナ", terms);
        Assert.DoesNotContain("コンピューター", terms);
    }

    [Fact]
    public void The_katakana_stem_filter_leaves_short_words_alone()
    {
        using var tokenizer = new JapaneseTokenizer(new StringReader("コピー"), mode: TokenizerMode.Normal);
        using var stream = new JapaneseKatakanaStemFilter(tokenizer);
        Assert.Equal(["コピー"], TestText.Drain(stream).Select(t => t.Term));
    }

    [Fact]
    public void The_part_of_speech_filter_drops_exactly_the_stop_tags()
    {
        using var tokenizer = new JapaneseTokenizer(new StringReader("地震と津波が来た"), mode: TokenizerMode.Normal);
        using var stream = new JapanesePartOfSpeechStopFilter(LuceneVersion.LUCENE_48, tokenizer, new HashSet<string> { "助詞-並立助詞", "助詞-格助詞-一般" });
        Assert.Equal(["地震", "津波", "来", "た"], TestText.Drain(stream).Select(t => t.Term));
    }

    [Theory]
    [InlineData("時々", "時時")]
    [InlineData("人々が", "人人が")]
    [InlineData("こゝろ", "こころ")]
    [InlineData("いすゞ", "いすず")]
    [InlineData("ハヽ", "ハハ")]
    [InlineData("バヽ", "バハ")]
    [InlineData("ハヾ", "ハバ")]
    [InlineData("馬鹿々々しい", "馬鹿馬鹿しい")]
    [InlineData("々で始まる", "々で始まる")]
    [InlineData("あ々", "あ々")]
    public void Iteration_marks_are_expanded_one_character_for_one(string text, string expected)
    {
        using var filter = new JapaneseIterationMarkCharFilter(new StringReader(text));
        Assert.Equal(expected, filter.ReadToEnd());
    }

    [Fact]
    public void Iteration_marks_are_expanded_across_chunk_boundaries()
    {
        var text = new string('あ', 4095) + "時々" + new string('い', 5000) + "こゝ";
        using var filter = new JapaneseIterationMarkCharFilter(new StringReader(text));
        var result = filter.ReadToEnd();
        Assert.Equal(text.Length, result.Length);
        Assert.Contains("時時", result, StringComparison.Ordinal);
        Assert.EndsWith("ここ", result, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reading_filter_gives_katakana_or_hepburn()
    {
        Assert.Equal(["キュウキュウ", "シャ", "ヲ", "ヨブ"], Readings("救急車を呼ぶ", romaji: false));
        Assert.Equal(["kyūkyū", "sha", "o", "yobu"], Readings("救急車を呼ぶ", romaji: true));
        Assert.Equal(["shimbun"], Readings("新聞", romaji: true));
        Assert.Equal(["issho"], Readings("一緒", romaji: true));
        Assert.Equal(["gen'in"], Readings("原因", romaji: true));
        Assert.Equal(["tōkyō"], Readings("東京", romaji: true));
    }

    private static List<string> Readings(string text, bool romaji)
    {
        using var tokenizer = new JapaneseTokenizer(new StringReader(text), mode: TokenizerMode.Normal);
        using var stream = new JapaneseReadingFormFilter(tokenizer, romaji);
        return TestText.Drain(stream).Select(t => t.Term).ToList();
    }
}
