using Kawasaki.Tabunka.Search;
using Kawasaki.Tabunka.Search.Analysis;

namespace Kawasaki.Tabunka.Search.Tests;

public sealed class AnalyzerTests : IDisposable
{
    private readonly MorphologicalJapaneseSearch _japanese = new();
    private readonly LanguageAnalyzers _analyzers;

    public AnalyzerTests() => _analyzers = new LanguageAnalyzers(new Core.Languages.LanguageRegistry(), _japanese.Text);

    public void Dispose()
    {
        _analyzers.Dispose();
        _japanese.Dispose();
    }

    private List<string> Terms(string language, string text) =>
        QueryBuilder.Analyze(_analyzers.For(language), SearchFields.Body(language), text).Select(t => t.Term).ToList();

    [Theory]
    [InlineData("vi", "dong dat", "động đất")]
    [InlineData("es", "matricula escolar", "matrícula escolar")]
    [InlineData("pt", "vacinacao", "vacinação")]
    [InlineData("tl", "paaralan", "PAARALAN")]
    [InlineData("en", "shelters", "shelter")]
    [InlineData("es", "escuelas", "escuela")]
    [InlineData("id", "Sekolah", "sekolah")]
    public void Words_typed_without_accents_or_in_another_form_meet_the_written_ones(string language, string typed, string written)
    {
        Assert.Equal(Terms(language, written), Terms(language, typed));
    }

    [Fact]
    public void Indonesian_school_is_not_cut_by_a_stemmer()
    {
        Assert.Equal(["sekolah"], Terms("id", "sekolah"));
    }

    [Fact]
    public void Chinese_is_segmented_into_words()
    {
        var terms = Terms("zh-hans", "地震时去避难所");
        Assert.Contains("地震", terms);
        Assert.Contains("避难所", terms);
    }

    [Fact]
    public void Korean_is_indexed_as_bigrams()
    {
        Assert.Equal(["지진", "진이"], Terms("ko", "지진이"));
    }

    [Fact]
    public void Nepali_words_stay_whole()
    {
        Assert.Equal(["भूकम्प", "आश्रय"], Terms("ne", "भूकम्प आश्रय"));
    }

    [Fact]
    public void Thai_is_broken_into_words()
    {
        // ICU's dictionary breaks compounds into their words: แผ่นดินไหว (earthquake) = แผ่น ดิน ไหว.
        Assert.Equal(["แผ่น", "ดิน", "ไหว", "ที่", "หลบ", "ภัย"], Terms("th", "แผ่นดินไหวที่หลบภัย"));
    }

    [Fact]
    public void Thai_analysis_on_many_threads_gives_the_same_words_as_on_one()
    {
        string[] texts =
        [
            "แผ่นดินไหวที่หลบภัย", "โรงเรียนประถมศึกษา", "สมุดบันทึกสุขภาพแม่และเด็ก", "ศูนย์ให้คำปรึกษาสำหรับชาวต่างชาติ",
            "โทรเรียกรถพยาบาลหมายเลข 119", "การเตรียมพร้อมรับมือภัยพิบัติ", "ล่ามทางการแพทย์", "สถานเลี้ยงเด็กกลางวัน",
        ];
        var expected = texts.ToDictionary(t => t, t => string.Join("|", Terms("th", t)));

        var mismatches = 0;
        Parallel.For(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var text = texts[i % texts.Length];
            if (string.Join("|", Terms("th", text)) != expected[text])
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void Japanese_keywords_in_a_latin_language_are_bigrams_not_single_characters()
    {
        Assert.Equal(["母子", "子手", "手帳", "boshi"], Terms("en", "母子手帳 boshi"));
    }

    [Fact]
    public void Japanese_text_is_indexed_as_words_in_their_dictionary_form()
    {
        Assert.Equal(["避難", "所", "行く"], Terms("ja", "避難所へ行きます"));
        Assert.Equal(["やさしい", "日本", "日本語", "語"], Terms("ja-easy", "やさしい 日本語で"));
    }

    [Fact]
    public void City_terms_split_where_the_dictionary_would_not()
    {
        Assert.Equal(["多", "言語", "支援"], Terms("ja", "多言語支援"));
    }
}
