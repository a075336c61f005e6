namespace Kawasaki.Tabunka.Analysis.Japanese;

/// <summary>Unknown words: what the segmenter proposes where the dictionary has no word, by MeCab's or Lucene's rules.</summary>
public sealed partial class Segmenter
{
    private void MeCabUnknown(ReadOnlySpan<char> text, int start, bool matched, bool penalize)
    {
        var n = text.Length;
        var cls = _dictionary.PrimaryClass[text[start]];
        var category = _dictionary.Categories[cls];
        if (matched && !category.Invoke)
        {
            return;
        }

        var added = false;
        var firstMask = _dictionary.ClassMask[text[start]];
        var afterFirst = start + CharLength(text, start);
        var groupEnd = -1;
        if (category.Group)
        {
            var p = afterFirst;
            var previous = firstMask;
            var count = 0;
            while (p < n && (_dictionary.ClassMask[text[p]] & previous) != 0)
            {
                previous = _dictionary.ClassMask[text[p]];
                p += CharLength(text, p);
                count++;
            }

            if (count <= MeCabMaxGrouping)
            {
                AddUnknown(start, p, cls, penalize, text);
                added = true;
            }

            groupEnd = p;
        }

        var end = afterFirst;
        for (var i = 1; i <= category.Length; i++)
        {
            if (end == groupEnd)
            {
                break;
            }

            AddUnknown(start, end, cls, penalize, text);
            added = true;
            if (end >= n || (_dictionary.ClassMask[text[end]] & firstMask) == 0)
            {
                break;
            }

            end += CharLength(text, end);
        }

        if (!added && !matched)
        {
            AddUnknown(start, afterFirst, cls, penalize, text);
        }
    }

    private void LuceneUnknown(ReadOnlySpan<char> text, int pos, bool matched, bool penalize)
    {
        var cls = LuceneClass(text[pos]);
        var category = _dictionary.Categories[cls];
        if (matched && !category.Invoke)
        {
            return;
        }

        // Normal mode does not start another unknown word inside the previous one.
        if (Mode == TokenizerMode.Normal && pos < _lastUnknownEnd)
        {
            return;
        }

        var end = pos + CharLength(text, pos);
        if (category.Group)
        {
            var punctuation = IsPunctuation(text, pos);
            var count = 1;
            while (end < text.Length && count < LuceneMaxUnknown
                && LuceneClass(text[end]) == cls && IsPunctuation(text, end) == punctuation)
            {
                end += CharLength(text, end);
                count++;
            }
        }

        AddUnknown(pos, end, cls, penalize, text);
        _lastUnknownEnd = end;
    }

    /// <summary>Lucene keeps only the primary class and treats the katakana middle dot as a symbol.</summary>
    private int LuceneClass(char c) => c == '\u30FB' ? _symbolClass : _dictionary.PrimaryClass[c];

    private void AddUnknown(int start, int end, int cls, bool penalize, ReadOnlySpan<char> text)
    {
        var entries = _dictionary.UnknownEntries[cls];
        for (var row = 0; row < entries.Length; row++)
        {
            AddNode(start, end, entries[row].Left, entries[row].Right, entries[row].Cost, WordKind.Unknown, (cls << 8) | row, penalize, text);
        }
    }
}
