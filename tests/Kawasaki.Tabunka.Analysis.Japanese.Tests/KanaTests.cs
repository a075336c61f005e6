using Lucene.Net.Analysis;

namespace Kawasaki.Tabunka.Analysis.Japanese.Tests;

public sealed class KanaTests
{
    [Theory]
    [InlineData("hinanjo", "ヒナンジョ")]
    [InlineData("kyuukyuusha", "キュウキュウシャ")]
    [InlineData("kyukyusha", "キュキュシャ")]
    [InlineData("kyūkyūsha", "キュキュシャ")]
    [InlineData("shimbun", "シンブン")]
    [InlineData("sinbun", "シンブン")]
    [InlineData("gakkou", "ガッコウ")]
    [InlineData("matcha", "マッチャ")]
    [InlineData("hon'ya", "ホンヤ")]
    [InlineData("konnichiwa", "コンニチワ")]
    [InlineData("Boshi Techo", "ボシテチョ")]
    [InlineData("tsunami", "ツナミ")]
    [InlineData("tunami", "ツナミ")]
    [InlineData("fairu", "ファイル")]
    public void Romaji_as_people_type_it_becomes_katakana(string romaji, string katakana)
    {
        Assert.Equal(katakana, Kana.FromRomaji(romaji));
    }

    [Theory]
    [InlineData("earthquake?")]
    [InlineData("x")]
    [InlineData("123")]
    [InlineData("")]
    public void Text_that_is_not_romaji_gives_null(string text)
    {
        Assert.Null(Kana.FromRomaji(text));
    }

    [Theory]
    [InlineData("キュウキュウシャ")]
    [InlineData("きゅうきゅうしゃ")]
    [InlineData("キューキューシャ")]
    [InlineData("キュキュシャ")]
    public void All_spellings_of_a_long_vowel_give_one_reading_key(string kana)
    {
        Assert.Equal("キュキュシャ", Kana.ReadingKey(kana));
    }

    [Fact]
    public void The_reading_key_keeps_ei_and_folds_old_kana()
    {
        Assert.Equal("センセイ", Kana.ReadingKey("せんせい"));
        Assert.Equal("オ", Kana.ReadingKey("ヲ"));
        Assert.Equal("ヒナンショ", Kana.ReadingKey("ひなんじょ"));
        Assert.Equal("トキョ", Kana.ReadingKey("トウキョウ"));
    }

    [Theory]
    [InlineData("hinanjo")]
    [InlineData("ひなんじょ")]
    [InlineData("ヒナンジョ")]
    [InlineData("HINANJO")]
    public void Kana_and_romaji_queries_give_the_grams_of_the_kanji_text(string query)
    {
        using var index = new JapaneseReadingAnalyzer(romajiQueries: false);
        using var search = new JapaneseReadingAnalyzer(romajiQueries: true);
        Assert.Equal(TestText.Terms(index, "避難所"), TestText.Terms(search, query));
        Assert.Equal(["ヒナ", "ナン", "ンシ", "ショ"], TestText.Terms(search, query));
    }

    [Theory]
    [InlineData("kyuukyuusha")]
    [InlineData("kyukyusha")]
    [InlineData("kyūkyūsha")]
    [InlineData("きゅうきゅうしゃ")]
    public void Long_vowel_spellings_all_match_the_kanji(string query)
    {
        using var index = new JapaneseReadingAnalyzer(romajiQueries: false);
        using var search = new JapaneseReadingAnalyzer(romajiQueries: true);
        Assert.Equal(TestText.Terms(index, "救急車"), TestText.Terms(search, query));
    }

    [Fact]
    public void Index_readings_leave_latin_out_and_do_not_pair_across_punctuation()
    {
        using var index = new JapaneseReadingAnalyzer(romajiQueries: false);
        var tokens = TestText.Tokens(index, "地震。COVID 津波");
        Assert.Equal(["シシ", "シン", "ツナ", "ナミ"], tokens.Select(t => t.Term));
        Assert.Equal([1, 1, 2, 1], tokens.Select(t => t.Increment));
    }
}
