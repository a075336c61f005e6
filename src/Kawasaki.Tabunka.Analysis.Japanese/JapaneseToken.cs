namespace Kawasaki.Tabunka.Analysis.Japanese;

/// <summary>
/// What the tokenizer knows about one token. Features are looked up only when a filter asks
/// for them, so a chain that uses only the surface pays for nothing else.
/// </summary>
public sealed class JapaneseToken
{
    private readonly Segmenter _segmenter;
    private readonly Morpheme _morpheme;
    private string[]? _posFields;

    internal JapaneseToken(Segmenter segmenter, Morpheme morpheme, string surface)
    {
        _segmenter = segmenter;
        _morpheme = morpheme;
        Surface = surface;
    }

    public string Surface { get; }

    public WordKind Kind => _morpheme.Kind;

    /// <summary>The dictionary form (住ん → 住む); null when it equals the surface, and for unknown and user words.</summary>
    public string? BaseForm => _morpheme.Kind == WordKind.Known ? _segmenter.Dictionary.BaseForm(_morpheme.Id) : null;

    /// <summary>Part of speech levels joined by '-', '*' levels left out, e.g. 名詞-固有名詞-地域-一般.</summary>
    public string PartOfSpeech
    {
        get
        {
            if (_morpheme.Kind == WordKind.User)
            {
                return _segmenter.User!.Entries[_morpheme.Id].PartOfSpeech;
            }

            var fields = PosFields();
            return string.Join('-', fields.Take(4).Where(f => f != "*"));
        }
    }

    /// <summary>Conjugation type, e.g. 五段・マ行; null when the word does not conjugate.</summary>
    public string? InflectionType => _morpheme.Kind == WordKind.User ? null : Star(PosFields()[4]);

    /// <summary>Conjugation form, e.g. 連用タ接続; null when the word does not conjugate.</summary>
    public string? InflectionForm => _morpheme.Kind == WordKind.User ? null : Star(PosFields()[5]);

    /// <summary>Reading in katakana; null for unknown words.</summary>
    public string? Reading => _morpheme.Kind switch
    {
        WordKind.Known => _segmenter.Dictionary.Reading(_morpheme.Id),
        WordKind.User => _segmenter.User!.Entries[_morpheme.Id].Readings[_morpheme.Segment],
        _ => null,
    };

    /// <summary>Pronunciation in katakana (long vowels as ー); null for unknown words.</summary>
    public string? Pronunciation => _morpheme.Kind switch
    {
        WordKind.Known => _segmenter.Dictionary.Pronunciation(_morpheme.Id),
        WordKind.User => Reading,
        _ => null,
    };

    private static string? Star(string value) => value == "*" ? null : value;

    private string[] PosFields() => _posFields ??= _morpheme.Kind == WordKind.Known
        ? _segmenter.Dictionary.PosAndInflection(_morpheme.Id).Split(',')
        : _segmenter.UnknownEntry(_morpheme.Id).Feature.Split(',');
}
