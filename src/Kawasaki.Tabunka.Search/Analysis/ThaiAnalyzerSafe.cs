using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Th;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kawasaki.Tabunka.Search.Analysis;

/// <summary>
/// Thai word breaking for concurrent use. Lucene.Net's <see cref="ThaiTokenizer"/> sits on
/// ICU4N's dictionary break iterator, which has had concurrency bugs in this version line
/// (lucenenet #269, #1044): two threads breaking text at once could get each other's word
/// boundaries. This tokenizer reads its whole input, breaks it into words inside one lock,
/// and then hands out the buffered words, so queries on many threads stay correct while the
/// lock is held only for the microseconds a query takes.
/// </summary>
public sealed class ThaiAnalyzerSafe : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new BufferedThaiTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(FoldingAnalyzer.Version, tokenizer));
    }

    private sealed class BufferedThaiTokenizer : Tokenizer
    {
        private static readonly Lock BreakIteratorLock = new();
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly List<(string Term, int Start, int End)> _words = [];
        private int _next;
        private int _finalOffset;

        public BufferedThaiTokenizer(TextReader reader)
            : base(reader)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override void Reset()
        {
            base.Reset();
            _words.Clear();
            _next = 0;
            var text = m_input.ReadToEnd();
            _finalOffset = CorrectOffset(text.Length);
            lock (BreakIteratorLock)
            {
                using var inner = new ThaiTokenizer(new StringReader(text));
                var term = inner.GetAttribute<ICharTermAttribute>();
                var offset = inner.GetAttribute<IOffsetAttribute>();
                inner.Reset();
                while (inner.IncrementToken())
                {
                    _words.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
                }

                inner.End();
            }
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (_next >= _words.Count)
            {
                return false;
            }

            var (word, start, end) = _words[_next++];
            _term.SetEmpty().Append(word);
            _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_finalOffset, _finalOffset);
        }
    }
}
