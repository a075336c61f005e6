using System.Text;
using Kawasaki.Tabunka.Analysis.Japanese.Dictionary;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kawasaki.Tabunka.Analysis.Japanese;

/// <summary>
/// Readings for kana and romaji search. Text is segmented, each word replaced by its
/// reading, the readings of a phrase joined and reduced to the reading key (long vowels
/// removed, see <see cref="Kana.ReadingKey"/>), and the key emitted as overlapping pairs
/// of kana. A query then matches a guide when its pairs occur in order, wherever the word
/// boundaries fall: ひなんじょ, hinanjo and 避難所 all give ヒナ ナン ンジ ジョ.
/// </summary>
/// <remarks>
/// At query time (<paramref name="romajiQueries"/>), Latin letters are read as romaji; at
/// index time they are left out, since Latin words are matched by the text fields.
/// </remarks>
public sealed class JapaneseReadingAnalyzer(bool romajiQueries, UserDictionary? userDictionary = null) : Analyzer
{
    /// <summary>Input beyond this many characters is not read: readings are for titles, summaries and guides, not books.</summary>
    public const int MaxInput = 1 << 20;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ReadingGramTokenizer(reader, romajiQueries, userDictionary));

    private sealed class ReadingGramTokenizer : Tokenizer
    {
        private readonly bool _romaji;
        private readonly Segmenter _segmenter;
        private readonly List<(string Gram, int Increment)> _grams = [];
        private readonly List<Morpheme> _tokens = [];
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private readonly IOffsetAttribute _offset;
        private int _next;
        private int _length;

        public ReadingGramTokenizer(TextReader reader, bool romaji, UserDictionary? user)
            : base(reader)
        {
            _romaji = romaji;
            _segmenter = new Segmenter(JapaneseDictionary.Shared, TokenizerMode.Normal, UnknownWordRules.Lucene, user);
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override void Reset()
        {
            base.Reset();
            _grams.Clear();
            _next = 0;
            var text = ReadInput();
            _length = text.Length;
            var gap = 1;
            var run = new StringBuilder();
            foreach (var line in text.Split('\n'))
            {
                foreach (var piece in Pieces(line))
                {
                    _tokens.Clear();
                    _segmenter.Segment(piece, _tokens);
                    foreach (var token in _tokens)
                    {
                        var surface = piece.AsSpan(token.Start, token.Length);
                        var reading = ReadingOf(token, surface);
                        if (reading is null)
                        {
                            gap = Flush(run, gap);
                        }
                        else
                        {
                            run.Append(reading);
                        }
                    }
                }

                gap = Flush(run, gap);
            }
        }

        /// <summary>The input, up to <see cref="MaxInput"/> characters.</summary>
        private string ReadInput()
        {
            var text = new StringBuilder();
            var chunk = new char[4096];
            int read;
            while (text.Length < MaxInput && (read = m_input.Read(chunk, 0, Math.Min(chunk.Length, MaxInput - text.Length))) > 0)
            {
                text.Append(chunk, 0, read);
            }

            return text.ToString();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (_next >= _grams.Count)
            {
                return false;
            }

            var (gram, increment) = _grams[_next++];
            _term.SetEmpty().Append(gram);
            _increment.PositionIncrement = increment;

            // Pairs of a reading do not map back to characters of the text; the whole
            // input is the honest offset.
            _offset.SetOffset(CorrectOffset(0), CorrectOffset(_length));
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(CorrectOffset(_length), CorrectOffset(_length));
        }

        private static IEnumerable<string> Pieces(string line)
        {
            for (var start = 0; start < line.Length; start += JapaneseTokenizer.MaxSegment)
            {
                yield return line.Substring(start, Math.Min(JapaneseTokenizer.MaxSegment, line.Length - start));
            }
        }

        /// <summary>The katakana reading of a token, or null when it ends a phrase.</summary>
        private string? ReadingOf(Morpheme token, ReadOnlySpan<char> surface)
        {
            if (Segmenter.IsPunctuation(surface, 0))
            {
                return null;
            }

            if (token.Kind != WordKind.Unknown)
            {
                var reading = new JapaneseToken(_segmenter, token, surface.ToString()).Reading;
                return reading is not null && Kana.IsKana(reading) ? reading : null;
            }

            if (Kana.IsKana(surface))
            {
                return Kana.ToKatakana(surface);
            }

            return _romaji && surface.Length <= 64 ? Kana.FromRomaji(surface.ToString()) : null;
        }

        /// <summary>Emits the pairs of the run's key, the first with position increment
        /// <paramref name="gap"/>; returns the increment for the first pair of the next run.</summary>
        private int Flush(StringBuilder run, int gap)
        {
            if (run.Length == 0)
            {
                return gap;
            }

            var key = Kana.ReadingKey(run.ToString());
            run.Clear();
            if (key.Length == 1)
            {
                _grams.Add((key, gap));
            }

            for (var i = 0; i + 1 < key.Length; i++)
            {
                _grams.Add((key.Substring(i, 2), i == 0 ? gap : 1));
            }

            // A phrase boundary leaves a gap so that pairs never match across it.
            return 2;
        }
    }
}
