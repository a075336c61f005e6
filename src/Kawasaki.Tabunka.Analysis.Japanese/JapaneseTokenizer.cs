using Kawasaki.Tabunka.Analysis.Japanese.Dictionary;
using Kawasaki.Tabunka.Analysis.Japanese.TokenAttributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kawasaki.Tabunka.Analysis.Japanese;

/// <summary>
/// A Lucene.Net tokenizer for Japanese: the lowest-cost segmentation of each line by the
/// shared IPADIC dictionary, with base form, part of speech, reading and inflection on each
/// token. Input is read in pieces (a line, or at most <see cref="MaxSegment"/> characters cut
/// after a sentence end or a space), so memory stays bounded whatever the input.
/// </summary>
public sealed class JapaneseTokenizer : Tokenizer
{
    /// <summary>The largest piece segmented at once. A line longer than this is cut, which
    /// can change the segmentation near the cut; real text rarely has such lines.</summary>
    public const int MaxSegment = 4096;

    /// <summary>Past this length a piece also ends after 。！？ so long lines are cut at sentences.</summary>
    private const int SentenceCutAfter = 1024;

    private readonly Segmenter _segmenter;
    private readonly bool _discardPunctuation;
    private readonly char[] _buffer = new char[MaxSegment];
    private readonly List<Morpheme> _tokens = [];
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IPositionLengthAttribute _length;
    private readonly IBaseFormAttribute _baseForm;
    private readonly IPartOfSpeechAttribute _pos;
    private readonly IReadingAttribute _reading;
    private readonly IInflectionAttribute _inflection;
    private int _buffered;
    private bool _endOfInput;
    private int _consumed;
    private string _piece = "";
    private int _pieceStart;
    private int _next;

    public JapaneseTokenizer(
        TextReader input,
        UserDictionary? userDictionary = null,
        bool discardPunctuation = true,
        TokenizerMode mode = TokenizerMode.Search,
        UnknownWordRules unknownWordRules = UnknownWordRules.Lucene,
        JapaneseDictionary? dictionary = null,
        bool discardCompoundToken = false)
        : base(input)
    {
        _segmenter = new Segmenter(dictionary ?? JapaneseDictionary.Shared, mode, unknownWordRules, userDictionary)
        {
            DiscardCompoundToken = discardCompoundToken,
        };
        _discardPunctuation = discardPunctuation;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _length = AddAttribute<IPositionLengthAttribute>();
        _baseForm = AddAttribute<IBaseFormAttribute>();
        _pos = AddAttribute<IPartOfSpeechAttribute>();
        _reading = AddAttribute<IReadingAttribute>();
        _inflection = AddAttribute<IInflectionAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        _buffered = 0;
        _endOfInput = false;
        _consumed = 0;
        _piece = "";
        _pieceStart = 0;
        _tokens.Clear();
        _next = 0;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (true)
        {
            while (_next < _tokens.Count)
            {
                var token = _tokens[_next++];

                // A token whose first character is punctuation is dropped without leaving
                // a position gap, as Kuromoji does.
                if (_discardPunctuation && Segmenter.IsPunctuation(_piece, token.Start))
                {
                    continue;
                }

                var surface = _piece.Substring(token.Start, token.Length);
                _term.SetEmpty().Append(surface);
                _offset.SetOffset(CorrectOffset(_pieceStart + token.Start), CorrectOffset(_pieceStart + token.End));
                _increment.PositionIncrement = token.PositionIncrement;
                _length.PositionLength = token.PositionLength;
                var info = new JapaneseToken(_segmenter, token, surface);
                _baseForm.SetToken(info);
                _pos.SetToken(info);
                _reading.SetToken(info);
                _inflection.SetToken(info);
                return true;
            }

            if (!NextPiece())
            {
                return false;
            }
        }
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_consumed);
        _offset.SetOffset(final, final);
    }

    private bool NextPiece()
    {
        while (!_endOfInput && _buffered < _buffer.Length)
        {
            var read = m_input.Read(_buffer, _buffered, _buffer.Length - _buffered);
            if (read <= 0)
            {
                _endOfInput = true;
            }
            else
            {
                _buffered += read;
            }
        }

        if (_buffered == 0)
        {
            return false;
        }

        var cut = Cut();
        _piece = new string(_buffer, 0, cut);
        _pieceStart = _consumed;
        Array.Copy(_buffer, cut, _buffer, 0, _buffered - cut);
        _buffered -= cut;
        _consumed += cut;
        _tokens.Clear();
        _next = 0;
        _segmenter.Segment(_piece, _tokens);
        return true;
    }

    private int Cut()
    {
        for (var i = 0; i < _buffered; i++)
        {
            var c = _buffer[i];
            if (c == '\n' || (i >= SentenceCutAfter && c is '。' or '！' or '？' or '!' or '?' or '．'))
            {
                return i + 1;
            }
        }

        if (_buffered < _buffer.Length)
        {
            return _buffered;
        }

        // No line or sentence end in a full buffer: cut after the last space or punctuation
        // in its second half, else at the end, never inside a surrogate pair.
        for (var i = _buffered - 1; i >= _buffered / 2; i--)
        {
            if (char.IsWhiteSpace(_buffer[i]) || char.IsPunctuation(_buffer[i]))
            {
                return i + 1;
            }
        }

        return char.IsHighSurrogate(_buffer[_buffered - 1]) ? _buffered - 1 : _buffered;
    }
}
