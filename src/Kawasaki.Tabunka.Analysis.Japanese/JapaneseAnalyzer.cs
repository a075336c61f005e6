using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Kawasaki.Tabunka.Analysis.Japanese;

/// <summary>
/// Japanese text for indexing and querying: iteration marks expanded, segmented in search
/// mode, inflected words reduced to their dictionary form, particles, auxiliaries and
/// symbols dropped, full-width Latin and half-width kana folded, common function words
/// dropped, a trailing ー of long katakana words removed, Latin lower-cased.
/// </summary>
public sealed class JapaneseAnalyzer : Analyzer
{
    private readonly LuceneVersion _version;
    private readonly UserDictionary? _user;
    private readonly TokenizerMode _mode;
    private readonly CharArraySet _stopWords;
    private readonly ISet<string> _stopTags;

    public JapaneseAnalyzer(LuceneVersion version, UserDictionary? userDictionary = null, TokenizerMode mode = TokenizerMode.Search, CharArraySet? stopWords = null, ISet<string>? stopTags = null)
    {
        _version = version;
        _user = userDictionary;
        _mode = mode;
        _stopWords = stopWords ?? JapaneseStopWords.Words(version);
        _stopTags = stopTags ?? JapaneseStopWords.Tags;
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => new JapaneseIterationMarkCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new JapaneseTokenizer(reader, _user, discardPunctuation: true, _mode);
        TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
        stream = new JapanesePartOfSpeechStopFilter(_version, stream, _stopTags);
        stream = new CJKWidthFilter(stream);
        stream = new StopFilter(_version, stream, _stopWords);
        stream = new JapaneseKatakanaStemFilter(stream);
        stream = new LowerCaseFilter(_version, stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}

/// <summary>Default stop tags (parts of speech) and stop words for <see cref="JapaneseAnalyzer"/>.</summary>
public static class JapaneseStopWords
{
    /// <summary>Parts of speech that carry no search meaning: conjunctions, particles, auxiliaries, symbols, fillers.</summary>
    public static readonly ISet<string> Tags = new HashSet<string>(StringComparer.Ordinal)
    {
        "接続詞",
        "助詞", "助詞-格助詞", "助詞-格助詞-一般", "助詞-格助詞-引用", "助詞-格助詞-連語", "助詞-接続助詞",
        "助詞-係助詞", "助詞-副助詞", "助詞-間投助詞", "助詞-並立助詞", "助詞-終助詞", "助詞-副助詞／並立助詞／終助詞",
        "助詞-連体化", "助詞-副詞化", "助詞-特殊",
        "助動詞",
        "記号", "記号-一般", "記号-読点", "記号-句点", "記号-空白", "記号-括弧開", "記号-括弧閉",
        "その他-間投", "フィラー", "非言語音",
    };

    /// <summary>Frequent function words that the part-of-speech tags do not catch (compared after base forms).</summary>
    private static readonly string[] WordList =
    [
        "の", "に", "は", "を", "た", "が", "で", "て", "と", "し", "れ", "さ", "ある", "いる", "も", "する", "から", "な",
        "こと", "として", "い", "や", "れる", "など", "なっ", "ない", "この", "ため", "その", "あっ", "よう", "また", "もの",
        "という", "あり", "まで", "られ", "なる", "へ", "か", "だ", "これ", "によって", "により", "おり", "より", "による",
        "ず", "なり", "られる", "において", "ば", "なかっ", "なく", "しかし", "について", "せ", "だっ", "その後", "できる",
        "それ", "う", "ので", "なお", "のみ", "でき", "き", "つ", "における", "および", "いう", "さらに", "でも", "ら",
        "たり", "その他", "に関する", "たち", "ます", "ん", "なら", "に対して", "特に", "せる", "及び", "これら", "とき",
        "では", "にて", "ほか", "ながら", "うち", "そして", "とともに", "ただし", "かつて", "それぞれ", "または", "お",
        "ほど", "ものの", "に対する", "ほとんど", "と共に", "といった", "です", "とも", "ところ", "ここ",
    ];

    public static CharArraySet Words(LuceneVersion version) => new(version, WordList, ignoreCase: true);
}
