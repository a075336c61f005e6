using Kawasaki.Tabunka.Search;
using Kawasaki.Tabunka.Core.Tests.Content;

namespace Kawasaki.Tabunka.Search.Tests;

public sealed class SearchServiceTests : IDisposable
{
    private readonly ContentFolder _content = new();
    private readonly SearchHarness _search;

    public SearchServiceTests()
    {
        Guide("disaster", "shelters", "ja-easy", "{避難所|ひなんじょ}", "{地震|じしん}の とき {避難所|ひなんじょ}に {行|い}きます。", "[避難所, hinanjo]");
        Guide("disaster", "shelters", "en", "Evacuation shelters", "When an earthquake strikes, go to the evacuation shelter near your home.", "[hinanjo]");
        Guide("disaster", "shelters", "vi", "Nơi lánh nạn", "Khi có động đất, hãy đến nơi lánh nạn gần nhà.", "[]");
        Guide("school", "enrolment", "ja-easy", "{小学校|しょうがっこう}", "{小学校|しょうがっこう}に {入|はい}ります。", "[]");
        Guide("school", "enrolment", "en", "Starting elementary school", "Children start elementary school in April. Ask the ward office about enrolment.", "[]");
        Guide("school", "enrolment", "es", "Matrícula escolar", "La matrícula en la escuela primaria empieza en abril.", "[]");
        Guide("childcare", "handbook", "ja-easy", "{母子手帳|ぼしてちょう}", "{妊娠|にんしん}したら {母子手帳|ぼしてちょう}を もらいます。", "[]");
        Guide("disaster", "ambulance", "ja", "救急車を呼ぶとき", "急な病気やけがのときは119番に電話して救急車を呼びます。", "[]");
        Guide("childcare", "handbook", "en", "Mother and child handbook", "Get the handbook when you are pregnant. It records check-ups.", "[boshi techo, 母子手帳]");
        _search = new SearchHarness(_content.Root);
    }

    public void Dispose()
    {
        _search.Dispose();
        _content.Dispose();
    }

    private void Guide(string topic, string id, string lang, string title, string body, string keywords) =>
        _content.Write($"{topic}/{id}/{lang}.md", $"---\ntitle: \"{title}\"\nsummary: \"{title}\"\nupdated: 2026-04-01\nkeywords: {keywords}\n---\n\n{body}\n");

    private List<string> Found(string text, string reader) => _search.Search(text, reader).Hits.Select(h => $"{h.Id}/{h.Language}").ToList();

    [Fact]
    public void Every_guide_in_every_language_is_indexed()
    {
        _search.Index.Apply(_search.Store.Current);
        Assert.Equal(9, _search.Index.DocumentCount);
    }

    [Fact]
    public void A_word_finds_the_guide_in_the_readers_language()
    {
        Assert.Equal("shelters/en", Found("earthquake", "en")[0]);
    }

    [Fact]
    public void Words_without_accents_find_the_accented_text()
    {
        Assert.Equal("shelters/vi", Found("dong dat", "vi")[0]);
        Assert.Equal("enrolment/es", Found("matricula", "es")[0]);
    }

    [Fact]
    public void A_typo_in_a_long_word_still_finds_the_guide()
    {
        Assert.Equal("shelters/en", Found("eartquake", "en")[0]);
        Assert.Equal("shelters/en", Found("evacuaton", "en")[0]);
    }

    [Fact]
    public void Kana_finds_the_guide_written_in_kanji_through_its_furigana()
    {
        Assert.Equal("shelters/ja-easy", Found("ひなんじょ", "ja-easy")[0]);
        Assert.Equal("handbook/ja-easy", Found("ぼしてちょう", "ja-easy")[0]);
    }

    [Theory]
    [InlineData("きゅうきゅうしゃ")]
    [InlineData("kyuukyuusha")]
    [InlineData("kyukyusha")]
    [InlineData("kyūkyūsha")]
    [InlineData("キューキューシャ")]
    public void Kana_and_romaji_find_kanji_text_that_has_no_furigana(string query)
    {
        Assert.Equal("ambulance/ja", Found(query, "ja")[0]);
    }

    [Fact]
    public void A_vietnamese_reader_who_types_romaji_finds_the_japanese_guide()
    {
        Assert.Contains("shelters/ja-easy", Found("hinanjo", "vi"));
    }

    [Fact]
    public void Inflected_japanese_finds_the_dictionary_form()
    {
        Assert.Equal("ambulance/ja", Found("電話する", "ja")[0]);
    }

    [Fact]
    public void A_reader_who_types_english_on_a_tagalog_page_finds_the_english_guide()
    {
        var hit = _search.Search("handbook", "tl").Hits[0];
        Assert.Equal(("handbook", "en", "/en/childcare/handbook"), (hit.Id, hit.Language, hit.Url));
    }

    [Fact]
    public void A_vietnamese_reader_who_types_japanese_finds_the_japanese_guide()
    {
        Assert.Equal("shelters/ja-easy", Found("避難所", "vi")[0]);
    }

    [Fact]
    public void Each_guide_appears_once_in_the_readers_language_when_that_version_matches()
    {
        var hits = _search.Search("hinanjo", "en").Hits;
        Assert.Equal(["shelters/en"], hits.Select(h => $"{h.Id}/{h.Language}"));
    }

    [Fact]
    public void Results_in_the_readers_language_come_before_other_languages()
    {
        var languages = _search.Search("school", "es").Hits.Select(h => h.Language).ToList();
        Assert.Equal(languages.OrderByDescending(l => l == "es").ToList(), languages);
    }

    [Fact]
    public void Title_matches_rank_above_body_matches()
    {
        Guide("living", "handbook-notes", "en", "Notes", "The handbook of the city has notes about many things, handbook handbook.", "[]");
        _search.Store.Reload();
        Assert.Equal("handbook/en", Found("handbook", "en")[0]);
    }

    [Fact]
    public void The_snippet_marks_the_matched_words()
    {
        var snippet = _search.Search("elementary", "en").Hits[0].Snippet;
        Assert.Contains($"{Snippets.MarkStart}elementary{Snippets.MarkEnd}", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain(Snippets.MarkStart, Snippets.Plain(snippet));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"")]
    [InlineData("title:shelter")]
    [InlineData("((((((((((((((((((((")]
    [InlineData("a OR b OR c OR d OR e OR f OR g OR h OR i OR j OR k OR l OR m OR n OR o OR p OR q")]
    [InlineData("shelter~2 AND NOT earthquake^10")]
    [InlineData("😀😀😀")]
    public void Hostile_input_is_searched_as_plain_words(string text)
    {
        var results = _search.Search(text, "en");
        Assert.True(results.Total >= 0);
        Assert.All(results.Hits, h => Assert.StartsWith("/", h.Url, StringComparison.Ordinal));
    }

    [Fact]
    public void Field_syntax_is_not_obeyed_only_the_words_are_searched()
    {
        Assert.Equal(Found("shelter", "en"), Found("title:shelter", "en"));
    }

    [Fact]
    public void The_index_follows_the_content()
    {
        Guide("living", "library", "en", "City library cards", "Borrow books with a library card.", "[]");
        _search.Store.Reload();
        Assert.Equal("library/en", Found("library", "en")[0]);

        _content.Delete("living/library/en.md");
        _search.Store.Reload();
        Assert.Empty(Found("library", "en"));
    }

    [Fact]
    public async Task Concurrent_queries_during_updates_all_succeed()
    {
        var failures = 0;
        var updates = Task.Run(() =>
        {
            for (var i = 0; i < 20; i++)
            {
                Guide("living", "library", "en", $"Library {i}", "Borrow books.", "[]");
                _search.Index.Apply(_search.Store.Reload());
            }
        });
        Parallel.For(0, 400, _ =>
        {
            var hits = _search.Search("earthquake", "en").Hits;
            if (hits.Count == 0 || hits[0].Id != "shelters")
            {
                Interlocked.Increment(ref failures);
            }
        });
        await updates;
        Assert.Equal(0, failures);
    }

    [Fact]
    public void A_guide_not_yet_translated_is_found_through_its_english_and_japanese_versions_below_the_readers_own()
    {
        // "school" in Vietnamese matches nothing of the Vietnamese text; the English version is found.
        Assert.Equal(["enrolment/en"], Found("elementary school", "vi"));

        // A word in both: the reader's own guide first, the bridged one after it.
        Guide("living", "quake-drill", "en", "Earthquake drill", "Practise for an earthquake.", "[]");
        _search.Store.Reload();
        var hits = Found("dong dat earthquake", "vi");
        Assert.Equal("shelters/vi", hits[0]);
        Assert.Contains("quake-drill/en", hits);
    }

    [Fact]
    public void A_title_only_translation_is_found_in_its_language_by_its_title_and_keywords()
    {
        _content.Write("childcare/handbook/vi.md", "---\ntitle: \"Sổ tay mẹ và bé\"\nsummary: \"Nhận sổ khi mang thai.\"\nupdated: 2026-04-01\nkeywords: [so tay me va be, boshi techo]\n---\n");
        _search.Store.Reload();
        Assert.Equal("handbook/vi", Found("so tay me va be", "vi")[0]);
        Assert.Equal(Core.Content.TranslationState.TitleOnly, _search.Store.Current.Find("handbook")!.StateOf("vi"));
    }

    [Fact]
    public void Kana_typed_in_phrases_with_their_particles_finds_the_kanji()
    {
        Assert.Equal("enrolment/ja-easy", Found("こどもが しょうがっこうに はいる", "ja-easy")[0]);
        Assert.Equal("shelters/ja-easy", Found("じしんの とき ひなんじょに いく", "ja-easy")[0]);
    }
}
