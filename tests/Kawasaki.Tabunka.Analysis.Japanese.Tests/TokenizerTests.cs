using System.Text;

namespace Kawasaki.Tabunka.Analysis.Japanese.Tests;

public sealed class TokenizerTests
{
    [Fact]
    public void Normal_mode_keeps_a_compound_whole()
    {
        Assert.Equal(["関西国際空港", "に", "行き", "まし", "た"], TestText.Surfaces("関西国際空港に行きました"));
    }

    [Fact]
    public void Search_mode_also_splits_a_long_compound_and_stacks_it_on_its_first_part()
    {
        using var tokenizer = new JapaneseTokenizer(new StringReader("関西国際空港"), mode: TokenizerMode.Search);
        var tokens = TestText.Drain(tokenizer);
        Assert.Equal(
            [("関西", 1, 1), ("関西国際空港", 0, 3), ("国際", 1, 1), ("空港", 1, 1)],
            tokens.Select(t => (t.Term, t.Increment, t.Length)).ToList());
    }

    [Fact]
    public void Search_mode_can_leave_out_the_stacked_compound()
    {
        using var tokenizer = new JapaneseTokenizer(new StringReader("関西国際空港"), mode: TokenizerMode.Search, discardCompoundToken: true);
        Assert.Equal([("関西", 1), ("国際", 1), ("空港", 1)], TestText.Drain(tokenizer).Select(t => (t.Term, t.Increment)).ToList());
    }

    [Fact]
    public void Extended_mode_emits_unknown_words_character_by_character_and_no_compound()
    {
        var terms = TestText.Surfaces("ＸＹＺ関西国際空港", TokenizerMode.Extended);
        Assert.Equal(["Ｘ", "Ｙ", "Ｚ", "関西", "国際", "空港"], terms);
    }

    [Fact]
    public void Tokens_carry_base_form_part_of_speech_reading_and_inflection()
    {
        var tokens = TestText.Details("川崎に住んでいます");
        var sumu = tokens.Single(t => t.Surface == "住ん");
        Assert.Equal("住む", sumu.BaseForm);
        Assert.Equal("動詞-自立", sumu.Pos);
        Assert.Equal("スン", sumu.Reading);
        Assert.Equal("五段・マ行", sumu.InflectionType);
        Assert.Equal("連用タ接続", sumu.InflectionForm);

        var kawasaki = tokens.Single(t => t.Surface == "川崎");
        Assert.Null(kawasaki.BaseForm);
        Assert.StartsWith("名詞-固有名詞-", kawasaki.Pos, StringComparison.Ordinal);
        Assert.Equal("カワサキ", kawasaki.Reading);
        Assert.Null(kawasaki.InflectionType);
    }

    [Fact]
    public void Pronunciation_differs_from_reading_where_ipadic_says_so()
    {
        var tokyo = TestText.Details("東京").Single();
        Assert.Equal("トウキョウ", tokyo.Reading);
        Assert.Equal("トーキョー", tokyo.Pronunciation);
    }

    [Fact]
    public void Unknown_words_have_no_reading_or_base_form()
    {
        var unknown = TestText.Details("厼厽").First();
        Assert.Null(unknown.Reading);
        Assert.Null(unknown.BaseForm);
        Assert.StartsWith("名詞", unknown.Pos);
    }

    [Fact]
    public void Punctuation_is_discarded_without_a_position_gap_unless_asked_to_keep_it()
    {
        using var tokenizer = new JapaneseTokenizer(new StringReader("地震。（避難）"), mode: TokenizerMode.Normal);
        var tokens = TestText.Drain(tokenizer);
        Assert.Equal(["地震", "避難"], tokens.Select(t => t.Term));
        Assert.All(tokens, t => Assert.Equal(1, t.Increment));

        Assert.Equal(["地震", "。", "（", "避難", "）"], TestText.Surfaces("地震。（避難）", discardPunctuation: false));
    }

    [Fact]
    public void Offsets_point_into_the_original_text_across_lines()
    {
        var text = "地震です。\n避難所へ";
        using var tokenizer = new JapaneseTokenizer(new StringReader(text), mode: TokenizerMode.Normal);
        foreach (var token in TestText.Drain(tokenizer))
        {
            Assert.Equal(token.Term, text[token.Start..token.End]);
        }
    }

    [Fact]
    public void Lucene_rules_group_a_run_of_one_class_and_mecab_rules_skip_spaces()
    {
        Assert.Equal(["厼", "厽"], TestText.Surfaces("厼厽", rules: UnknownWordRules.Lucene));
        Assert.Equal(["厼厽"], TestText.Surfaces("厼厽", rules: UnknownWordRules.MeCab));
        Assert.Equal(["abc", "def"], TestText.Surfaces("abc  def", rules: UnknownWordRules.MeCab, discardPunctuation: false));
    }

    [Fact]
    public void A_user_dictionary_entry_wins_and_is_emitted_as_its_segments()
    {
        var user = UserDictionary.Parse("""
            # city terms
            多文化共生,多文化 共生,タブンカ キョウセイ,カスタム名詞
            """);
        var tokens = TestText.Details("多文化共生の川崎");
        Assert.DoesNotContain(tokens, t => t.Pos == "カスタム名詞");

        using var tokenizer = new JapaneseTokenizer(new StringReader("多文化共生の川崎"), user, mode: TokenizerMode.Search);
        var attributes = tokenizer.AddAttribute<TokenAttributes.IReadingAttribute>();
        var pos = tokenizer.AddAttribute<TokenAttributes.IPartOfSpeechAttribute>();
        var term = tokenizer.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var seen = new List<(string, string?, string?)>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
            seen.Add((term.ToString(), attributes.Reading, pos.PartOfSpeech));
        }

        tokenizer.End();
        Assert.Equal(("多文化", "タブンカ", "カスタム名詞"), seen[0]);
        Assert.Equal(("共生", "キョウセイ", "カスタム名詞"), seen[1]);
    }

    [Theory]
    [InlineData("a,a b,ア,名詞", "2 segments but 1 readings")]
    [InlineData("ab,a c,ア イ,名詞", "do not spell")]
    [InlineData("ab,a b,ア イ,名詞\nab,a b,ア イ,名詞", "already defined")]
    [InlineData("ab,a b,ア イ", "expected surface,segments,readings")]
    [InlineData(",,,名詞", "must not be empty")]
    public void A_bad_user_dictionary_is_refused_with_its_line(string csv, string message)
    {
        var error = Assert.Throws<FormatException>(() => UserDictionary.Parse(csv));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("line", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("\u0000\u0001\u0007\u001b[31m")]
    [InlineData("\ud800abc\udc00")]
    [InlineData("😳😳🇯🇵👨‍👩‍👧")]
    [InlineData("ｶﾞｯｺｳﾆｲｷﾏｽ")]
    [InlineData("    \t\t  ")]
    public void Any_input_is_safe_and_surrogate_pairs_stay_whole(string text)
    {
        static bool InsidePair(string text, int offset) =>
            offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

        foreach (var mode in Enum.GetValues<TokenizerMode>())
        {
            foreach (var rules in Enum.GetValues<UnknownWordRules>())
            {
                using var tokenizer = new JapaneseTokenizer(new StringReader(text), null, discardPunctuation: false, mode, rules);
                var tokens = TestText.Drain(tokenizer);
                foreach (var token in tokens)
                {
                    Assert.Equal(text[token.Start..token.End], token.Term);
                    Assert.False(InsidePair(text, token.Start) || InsidePair(text, token.End), $"{mode}/{rules}: '{token.Term}' splits a surrogate pair");
                }

                // Under Lucene's rules nothing is skipped: the tokens cover the text.
                if (rules == UnknownWordRules.Lucene && mode != TokenizerMode.Search)
                {
                    Assert.Equal(text.Length, tokens.Sum(t => t.End - t.Start));
                }
            }
        }
    }

    [Fact]
    public void A_megabyte_without_punctuation_is_tokenized_completely_in_bounded_pieces()
    {
        var text = string.Concat(Enumerable.Repeat("ひなんじょ避難所アパート", 1 << 16)); // about 800,000 characters on one line
        using var tokenizer = new JapaneseTokenizer(new StringReader(text), mode: TokenizerMode.Normal);
        var tokens = TestText.Drain(tokenizer);
        Assert.Equal(text.Length, tokens[^1].End);
        Assert.True(tokens.Count >= 3 * (1 << 16), $"only {tokens.Count} tokens");
        var covered = tokens.Sum(t => t.End - t.Start);
        Assert.Equal(text.Length, covered);
    }

    [Fact]
    public void One_shared_dictionary_serves_many_threads_with_the_same_results()
    {
        var lines = File.ReadAllLines(MeCabAgreementTests.SeedPath(), Encoding.UTF8).Where(l => l.Length > 0).Take(300).ToArray();
        var expected = lines.Select(l => string.Join('|', TestText.Surfaces(l, TokenizerMode.Search))).ToArray();
        var failures = 0;
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            for (var i = 0; i < lines.Length; i++)
            {
                if (string.Join('|', TestText.Surfaces(lines[i], TokenizerMode.Search)) != expected[i])
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        Assert.Equal(0, failures);
    }
}
