using System.Globalization;
using Kawasaki.Tabunka.Analysis.Japanese.Dictionary;

namespace Kawasaki.Tabunka.Analysis.Japanese;

/// <summary>
/// Finds the lowest-cost path through the word lattice of a piece of text (Viterbi over
/// dictionary words, unknown words and connection costs). Not thread-safe: each tokenizer
/// owns one and reuses its buffers; the dictionary it reads is shared and immutable.
/// </summary>
/// <remarks>
/// The lattice is kept in MeCab's order (words proposed at a position are connected in
/// reverse order of proposal; words ending at a position are scanned most recent first;
/// a cost must be strictly lower to win) so that exact ties resolve as MeCab resolves them.
/// </remarks>
public sealed partial class Segmenter
{
    /// <summary>MeCab proposes a grouped unknown word only if it has at most this many characters after the first.</summary>
    private const int MeCabMaxGrouping = 24;

    /// <summary>Lucene caps a grouped unknown word at this many characters.</summary>
    private const int LuceneMaxUnknown = 1024;

    private const int KanjiPenaltyLength = 2;
    private const int KanjiPenalty = 3000;
    private const int OtherPenaltyLength = 7;
    private const int OtherPenalty = 1700;

    private readonly JapaneseDictionary _dictionary;
    private readonly UserDictionary? _user;
    private readonly UnknownWordRules _rules;
    private readonly int _spaceBit;
    private readonly int _symbolClass;
    private readonly bool[] _kanjiClass;
    private readonly List<Morpheme> _path = [];
    private readonly List<Morpheme> _parts = [];
    private readonly List<(int Entry, int Length)> _userMatches = [];
    private Node[] _nodes = new Node[4096];
    private int[] _endHead = new int[1024];
    private int _nodeCount;
    private int _lastUnknownEnd;

    public Segmenter(JapaneseDictionary dictionary, TokenizerMode mode = TokenizerMode.Search, UnknownWordRules rules = UnknownWordRules.Lucene, UserDictionary? user = null)
    {
        _dictionary = dictionary;
        Mode = mode;
        _rules = rules;
        _user = user;
        var categories = dictionary.Categories;
        int Find(string name) => categories.ToList().FindIndex(c => c.Name == name);
        _spaceBit = 1 << Find("SPACE");
        _symbolClass = Find("SYMBOL");
        _kanjiClass = [.. categories.Select(c => c.Name is "KANJI" or "KANJINUMERIC")];
    }

    public TokenizerMode Mode { get; }

    /// <summary>
    /// In search mode, emit only the parts of a split compound, not the compound stacked on
    /// them. Stacked tokens confuse phrase queries and synonym rules (Lucene made dropping
    /// them its default in version 9); kept by default here as Lucene 4.8 does.
    /// </summary>
    public bool DiscardCompoundToken { get; init; }

    public JapaneseDictionary Dictionary => _dictionary;

    public UserDictionary? User => _user;

    /// <summary>Segments <paramref name="text"/> and appends its tokens, offsets relative to it.</summary>
    public void Segment(ReadOnlySpan<char> text, List<Morpheme> output)
    {
        _lastUnknownEnd = 0;
        var penalizeForward = Mode == TokenizerMode.Extended;
        _path.Clear();
        if (!RunLattice(text, 0, 0, 0, penalizeForward, _path))
        {
            return;
        }

        for (var i = 0; i < _path.Count; i++)
        {
            var token = _path[i];
            if (Mode == TokenizerMode.Search && token.Kind != WordKind.User && Penalty(text, token.Start, token.End) > 0)
            {
                var prevRight = i == 0 ? 0 : RightIdOf(_path[i - 1]);
                var nextLeft = i + 1 < _path.Count ? LeftIdOf(_path[i + 1]) : 0;
                _parts.Clear();
                RunLattice(text[..token.End], token.Start, prevRight, nextLeft, true, _parts);
                if (_parts.Count > 1)
                {
                    output.Add(_parts[0]);
                    if (!DiscardCompoundToken)
                    {
                        output.Add(token with { PositionIncrement = 0, PositionLength = _parts.Count });
                    }

                    for (var p = 1; p < _parts.Count; p++)
                    {
                        output.Add(_parts[p]);
                    }

                    continue;
                }
            }

            if (Mode == TokenizerMode.Extended && token.Kind == WordKind.Unknown)
            {
                // One token per character; a surrogate pair stays one character.
                for (var p = token.Start; p < token.End;)
                {
                    var length = CharLength(text, p);
                    output.Add(token with { Start = p, Length = length });
                    p += length;
                }

                continue;
            }

            output.Add(token);
        }
    }

    /// <summary>The nine (or, for unknown words, seven) features as MeCab prints them.</summary>
    public string Features(Morpheme token, ReadOnlySpan<char> surface) => token.Kind switch
    {
        WordKind.Known => _dictionary.Features(token.Id, surface),
        WordKind.Unknown => UnknownEntry(token.Id).Feature,
        _ => string.Join(',', _user!.Entries[token.Id].PartOfSpeech, "*", "*", "*", "*", "*", surface.ToString(), _user.Entries[token.Id].Readings[token.Segment], _user.Entries[token.Id].Readings[token.Segment]),
    };

    internal UnknownEntry UnknownEntry(int id) => _dictionary.UnknownEntries[id >> 8][id & 0xFF];

    private int LeftIdOf(Morpheme token) => token.Kind switch
    {
        WordKind.Known => _dictionary.LeftId[token.Id],
        WordKind.Unknown => UnknownEntry(token.Id).Left,
        _ => UserDictionary.ContextId,
    };

    private int RightIdOf(Morpheme token) => token.Kind switch
    {
        WordKind.Known => _dictionary.RightId[token.Id],
        WordKind.Unknown => UnknownEntry(token.Id).Right,
        _ => UserDictionary.ContextId,
    };

    /// <summary>
    /// Builds the lattice over text[from..] and appends the best path's tokens. The path
    /// starts after a word with right id <paramref name="startRight"/> and is scored into a
    /// word with left id <paramref name="endLeft"/> (0 is BOS/EOS).
    /// </summary>
    private bool RunLattice(ReadOnlySpan<char> text, int from, int startRight, int endLeft, bool penalize, List<Morpheme> path)
    {
        var n = text.Length;
        _nodeCount = 0;
        if (_endHead.Length < n + 1)
        {
            _endHead = new int[Math.Max(n + 1, _endHead.Length * 2)];
        }

        _endHead.AsSpan(from, n - from + 1).Fill(-1);
        var bos = NewNode();
        _nodes[bos] = new Node { End = from, Right = (short)startRight, Prev = -1, NextEnd = -1 };
        _endHead[from] = bos;

        for (var pos = from; pos < n; pos++)
        {
            if (_endHead[pos] < 0)
            {
                continue;
            }

            var first = _nodeCount;
            Lookup(text, pos, penalize);
            for (var r = _nodeCount - 1; r >= first; r--)
            {
                Connect(r, pos);
            }
        }

        // After trailing spaces (skipped under MeCab's rules) no word ends at n; MeCab then
        // attaches EOS to the last position where a word ends.
        var last = n;
        while (last > from && _endHead[last] < 0)
        {
            last--;
        }

        var best = long.MaxValue;
        var bestNode = -1;
        for (var l = _endHead[last]; l >= 0; l = _nodes[l].NextEnd)
        {
            var cost = _nodes[l].Cost + _dictionary.Connection(_nodes[l].Right, endLeft);
            if (cost < best)
            {
                best = cost;
                bestNode = l;
            }
        }

        var start = path.Count;
        for (var node = bestNode; node > 0 && node != bos; node = _nodes[node].Prev)
        {
            ref var x = ref _nodes[node];
            if (x.Kind == WordKind.User)
            {
                // A user entry is emitted as its segments, last first here, reversed below.
                var entry = _user!.Entries[x.Id];
                var end = x.End;
                for (var s = entry.Segments.Count - 1; s >= 0; s--)
                {
                    var length = entry.Segments[s].Length;
                    path.Add(new Morpheme(end - length, length, WordKind.User, x.Id, s, 1, 1));
                    end -= length;
                }
            }
            else
            {
                path.Add(new Morpheme(x.SurfaceStart, x.End - x.SurfaceStart, x.Kind, x.Id, -1, 1, 1));
            }
        }

        path.Reverse(start, path.Count - start);
        return bestNode >= 0;
    }

    private void Connect(int r, int pos)
    {
        ref var right = ref _nodes[r];
        var best = long.MaxValue;
        var bestNode = -1;
        for (var l = _endHead[pos]; l >= 0; l = _nodes[l].NextEnd)
        {
            var cost = _nodes[l].Cost + _dictionary.Connection(_nodes[l].Right, right.Left);
            if (cost < best)
            {
                best = cost;
                bestNode = l;
            }
        }

        right.Cost = best + right.WordCost;
        right.Prev = bestNode;
        right.NextEnd = _endHead[right.End];
        _endHead[right.End] = r;
    }

    private void Lookup(ReadOnlySpan<char> text, int pos, bool penalize)
    {
        var n = text.Length;
        var start = pos;
        if (_rules == UnknownWordRules.MeCab)
        {
            while (start < n && (_dictionary.ClassMask[text[start]] & _spaceBit) != 0)
            {
                start++;
            }

            if (start == n)
            {
                return;
            }
        }

        var matched = false;
        if (_user is not null)
        {
            _userMatches.Clear();
            _user.Matches(text, start, _userMatches);
            foreach (var (entry, length) in _userMatches)
            {
                AddNode(start, start + length, UserDictionary.ContextId, UserDictionary.ContextId, UserDictionary.EntryCost, WordKind.User, entry, penalize: false, text);
            }

            matched = _userMatches.Count > 0;
        }

        if (!matched)
        {
            var node = 0;
            for (var i = start; i < n; i++)
            {
                node = _dictionary.Step(node, text[i]);
                if (node < 0)
                {
                    break;
                }

                var (first, end) = _dictionary.Words(node);
                for (var w = first; w < end; w++)
                {
                    AddNode(start, i + 1, _dictionary.LeftId[w], _dictionary.RightId[w], _dictionary.WordCost[w], WordKind.Known, w, penalize, text);
                    matched = true;
                }
            }
        }

        if (_rules == UnknownWordRules.MeCab)
        {
            MeCabUnknown(text, start, matched, penalize);
        }
        else
        {
            LuceneUnknown(text, pos, matched, penalize);
        }
    }

    private void AddNode(int start, int end, short left, short right, int cost, WordKind kind, int id, bool penalize, ReadOnlySpan<char> text)
    {
        if (penalize && kind != WordKind.User)
        {
            cost += Penalty(text, start, end);
        }

        var index = NewNode();
        _nodes[index] = new Node
        {
            SurfaceStart = start,
            End = end,
            Left = left,
            Right = right,
            WordCost = cost,
            Kind = kind,
            Id = id,
        };
    }

    private int NewNode()
    {
        if (_nodeCount == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        return _nodeCount++;
    }

    /// <summary>Search-mode cost of keeping a long word whole: long all-kanji words and very long words pay extra.</summary>
    private int Penalty(ReadOnlySpan<char> text, int start, int end)
    {
        var length = 0;
        var allKanji = true;
        for (var p = start; p < end;)
        {
            allKanji &= _kanjiClass[_dictionary.PrimaryClass[text[p]]];
            p += CharLength(text, p);
            length++;
        }

        if (length > KanjiPenaltyLength && allKanji)
        {
            return (length - KanjiPenaltyLength) * KanjiPenalty;
        }

        return length > OtherPenaltyLength ? (length - OtherPenaltyLength) * OtherPenalty : 0;
    }

    /// <summary>2 for a surrogate pair, else 1: a pair is one character and is never split.</summary>
    internal static int CharLength(ReadOnlySpan<char> text, int p) =>
        char.IsHighSurrogate(text[p]) && p + 1 < text.Length && char.IsLowSurrogate(text[p + 1]) ? 2 : 1;

    /// <summary>Whether the character at <paramref name="p"/> is punctuation, symbol, space or control.</summary>
    internal static bool IsPunctuation(ReadOnlySpan<char> text, int p)
    {
        var category = CharLength(text, p) == 2
            ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[p], text[p + 1]))
            : CharUnicodeInfo.GetUnicodeCategory(text[p]);
        return category is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.OtherPunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;
    }

    private struct Node
    {
        public int SurfaceStart;
        public int End;
        public short Left;
        public short Right;
        public int WordCost;
        public WordKind Kind;
        public int Id;
        public long Cost;
        public int Prev;
        public int NextEnd;
    }
}
