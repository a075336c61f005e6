namespace Kawasaki.Tabunka.Analysis.Japanese;

/// <summary>How the tokenizer splits text.</summary>
public enum TokenizerMode
{
    /// <summary>The lowest-cost segmentation, as MeCab gives it.</summary>
    Normal,

    /// <summary>Long compounds are also split into their parts, for recall in search; the default.</summary>
    Search,

    /// <summary>Like search, without the compound, and unknown words as single characters.</summary>
    Extended,
}

/// <summary>Which rules propose unknown words (words the dictionary lacks).</summary>
public enum UnknownWordRules
{
    /// <summary>Lucene's Kuromoji rules: a run of one character class, or one character.</summary>
    Lucene,

    /// <summary>MeCab's rules: spaces skipped, runs of compatible classes up to 25 characters,
    /// and prefixes of each class's length. Normal mode then matches MeCab token for token.</summary>
    MeCab,
}

/// <summary>Where a word came from.</summary>
public enum WordKind : byte
{
    Known,
    Unknown,
    User,
}

/// <summary>
/// One token of a segmentation: where it is in the text, which entry it is, and how it
/// stacks (a compound in search mode has position increment 0 and spans its parts).
/// </summary>
public readonly record struct Morpheme(
    int Start,
    int Length,
    WordKind Kind,
    int Id,
    int Segment,
    int PositionIncrement,
    int PositionLength)
{
    public int End => Start + Length;
}
