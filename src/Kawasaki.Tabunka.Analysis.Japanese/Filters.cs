using Kawasaki.Tabunka.Analysis.Japanese.TokenAttributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Kawasaki.Tabunka.Analysis.Japanese;

/// <summary>Replaces each term by its dictionary form (住ん → 住む) so inflected forms match.</summary>
public sealed class JapaneseBaseFormFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IBaseFormAttribute _baseForm;
    private readonly IKeywordAttribute _keyword;

    public JapaneseBaseFormFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _baseForm = AddAttribute<IBaseFormAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!_keyword.IsKeyword && _baseForm.BaseForm is { } baseForm)
        {
            _term.SetEmpty().Append(baseForm);
        }

        return true;
    }
}

/// <summary>Drops tokens whose part of speech is exactly one of the stop tags (particles, auxiliaries, symbols).</summary>
public sealed class JapanesePartOfSpeechStopFilter : FilteringTokenFilter
{
    private readonly ISet<string> _stopTags;
    private readonly IPartOfSpeechAttribute _pos;

    public JapanesePartOfSpeechStopFilter(LuceneVersion version, TokenStream input, ISet<string> stopTags)
        : base(version, input)
    {
        _stopTags = stopTags;
        _pos = AddAttribute<IPartOfSpeechAttribute>();
    }

    protected override bool Accept() => _pos.PartOfSpeech is not { } pos || !_stopTags.Contains(pos);
}

/// <summary>
/// Removes one trailing prolonged sound mark from katakana terms of at least four characters,
/// so コンピューター and コンピュータ match.
/// </summary>
public sealed class JapaneseKatakanaStemFilter : TokenFilter
{
    public const int DefaultMinimumLength = 4;

    private readonly int _minimumLength;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public JapaneseKatakanaStemFilter(TokenStream input, int minimumLength = DefaultMinimumLength)
        : base(input)
    {
        _minimumLength = minimumLength;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var length = _term.Length;
        if (!_keyword.IsKeyword && length >= _minimumLength && _term.Buffer[length - 1] == 'ー')
        {
            var allKatakana = true;
            for (var i = 0; i < length && allKatakana; i++)
            {
                allKatakana = _term.Buffer[i] is >= '\u30A0' and <= '\u30FF';
            }

            if (allKatakana)
            {
                _term.Length = length - 1;
            }
        }

        return true;
    }
}

/// <summary>
/// Replaces each term by its reading: katakana, or modified Hepburn romaji. A word without
/// a reading (an unknown word) keeps its surface, converted when it is kana.
/// </summary>
public sealed class JapaneseReadingFormFilter : TokenFilter
{
    private readonly bool _romaji;
    private readonly ICharTermAttribute _term;
    private readonly IReadingAttribute _reading;

    public JapaneseReadingFormFilter(TokenStream input, bool useRomaji = false)
        : base(input)
    {
        _romaji = useRomaji;
        _term = AddAttribute<ICharTermAttribute>();
        _reading = AddAttribute<IReadingAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var reading = _reading.Reading ?? _term.ToString();
        _term.SetEmpty().Append(_romaji ? Kana.ToHepburn(reading) : Kana.ToKatakana(reading));
        return true;
    }
}
