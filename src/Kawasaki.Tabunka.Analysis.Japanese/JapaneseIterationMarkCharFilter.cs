using Lucene.Net.Analysis;

namespace Kawasaki.Tabunka.Analysis.Japanese;

/// <summary>
/// Expands iteration marks before tokenizing: 々 repeats the kanji before it (時々 → 時時),
/// ゝ ゞ and ヽ ヾ the kana before them, the voiced marks voicing it (いすゞ → いすず). A run of
/// n marks repeats the n characters before the run (馬鹿々々 → 馬鹿馬鹿). A mark that has
/// nothing suitable to repeat is left as it is. Every character maps to one character, so
/// offsets need no correction.
/// </summary>
public sealed class JapaneseIterationMarkCharFilter : CharFilter
{
    /// <summary>Characters of history kept; a run of marks longer than this is left unchanged.</summary>
    private const int History = 64;

    private readonly bool _kanji;
    private readonly bool _kana;
    private readonly char[] _chunk = new char[4096];
    private readonly char[] _history = new char[History];
    private int _historyLength;
    private int _chunkLength;
    private int _chunkPosition;
    private bool _endOfInput;

    public JapaneseIterationMarkCharFilter(TextReader input, bool normalizeKanji = true, bool normalizeKana = true)
        : base(input)
    {
        _kanji = normalizeKanji;
        _kana = normalizeKana;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var written = 0;
        while (written < count)
        {
            if (_chunkPosition == _chunkLength && !Fill())
            {
                break;
            }

            var take = Math.Min(count - written, _chunkLength - _chunkPosition);
            Array.Copy(_chunk, _chunkPosition, buffer, index + written, take);
            _chunkPosition += take;
            written += take;
        }

        return written;
    }

    public override int Read()
    {
        var one = new char[1];
        return Read(one, 0, 1) == 1 ? one[0] : -1;
    }

    protected override int Correct(int currentOff) => currentOff;

    private bool Fill()
    {
        if (_endOfInput)
        {
            return false;
        }

        // Read a chunk; if it ends inside a run of marks, read on so the run is whole.
        var length = m_input.Read(_chunk, 0, _chunk.Length - History);
        if (length <= 0)
        {
            _endOfInput = true;
            return false;
        }

        while (IsMark(_chunk[length - 1]) && length < _chunk.Length)
        {
            var more = m_input.Read(_chunk, length, 1);
            if (more <= 0)
            {
                break;
            }

            length += more;
        }

        for (var i = 0; i < length;)
        {
            if (!IsMark(_chunk[i]))
            {
                Remember(_chunk[i]);
                i++;
                continue;
            }

            var run = 1;
            while (i + run < length && IsMark(_chunk[i + run]))
            {
                run++;
            }

            for (var k = 0; k < run; k++)
            {
                var mark = _chunk[i + k];
                var source = run <= _historyLength ? _history[_historyLength - run + k] : '\0';
                _chunk[i + k] = Expand(mark, source);
            }

            foreach (var c in _chunk.AsSpan(i, run))
            {
                Remember(c);
            }

            i += run;
        }

        _chunkLength = length;
        _chunkPosition = 0;
        return true;
    }

    private void Remember(char c)
    {
        if (_historyLength == History)
        {
            Array.Copy(_history, 1, _history, 0, History - 1);
            _historyLength--;
        }

        _history[_historyLength++] = c;
    }

    private bool IsMark(char c) => (_kanji && c == '々') || (_kana && c is 'ゝ' or 'ゞ' or 'ヽ' or 'ヾ');

    private static char Expand(char mark, char source)
    {
        switch (mark)
        {
            case '々':
                return source is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' ? source : mark;
            case 'ゝ' or 'ゞ' when Kana.IsHiragana(source) && source != 'ゝ':
                return mark == 'ゞ' ? Kana.Voiced(Kana.Unvoiced(source)) : Kana.Unvoiced(source);
            case 'ヽ' or 'ヾ' when source is >= '\u30A1' and <= '\u30FA':
                return mark == 'ヾ' ? Kana.Voiced(Kana.Unvoiced(source)) : Kana.Unvoiced(source);
            default:
                return mark;
        }
    }
}
