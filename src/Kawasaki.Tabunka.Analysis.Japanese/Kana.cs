using System.Text;

namespace Kawasaki.Tabunka.Analysis.Japanese;

/// <summary>
/// Kana and romaji: katakana from hiragana, modified Hepburn from katakana, katakana from
/// the romaji people type (Hepburn, Kunrei and keyboard spellings, with or without
/// macrons), and the reading key that makes all spellings of a long vowel equal.
/// </summary>
public static class Kana
{
    private static readonly Dictionary<char, string> Romaji = BuildRomaji();
    private static readonly Dictionary<string, string> FromRomajiTable = BuildFromRomaji();
    private static readonly int LongestRomaji = FromRomajiTable.Keys.Max(k => k.Length);

    /// <summary>Voiced and half-voiced kana, each followed by its plain kana, in both scripts.
    /// A table rather than Unicode decomposition, which invariant globalization does not do.</summary>
    private const string VoicedPairs =
        "ガカギキグクゲケゴコザサジシズスゼセゾソダタヂチヅツデテドトバハビヒブフベヘボホパハピヒプフペヘポホヴウ" +
        "がかぎきぐくげけごこざさじしずすぜせぞそだたぢちづつでてどとばはびひぶふべへぼほぱはぴひぷふぺへぽほゔう";

    private static readonly Dictionary<char, char> UnvoicedTable = Enumerable.Range(0, VoicedPairs.Length / 2)
        .ToDictionary(i => VoicedPairs[2 * i], i => VoicedPairs[(2 * i) + 1]);

    /// <summary>Plain kana to voiced (the first pair wins, so ハ gives バ, not パ).</summary>
    private static readonly Dictionary<char, char> VoicedTable = Enumerable.Range(0, VoicedPairs.Length / 2)
        .Where(i => VoicedPairs[2 * i] is not ('パ' or 'ピ' or 'プ' or 'ペ' or 'ポ' or 'ぱ' or 'ぴ' or 'ぷ' or 'ぺ' or 'ぽ'))
        .ToDictionary(i => VoicedPairs[(2 * i) + 1], i => VoicedPairs[2 * i]);

    public static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u3096' or '\u309D' or '\u309E';

    public static bool IsKatakana(char c) => c is >= '\u30A1' and <= '\u30FA' or '\u30FC' or '\u30FD' or '\u30FE';

    /// <summary>Whether every character is hiragana or katakana (and there is at least one).</summary>
    public static bool IsKana(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsHiragana(c) && !IsKatakana(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Hiragana shifted to katakana; everything else unchanged.</summary>
    public static string ToKatakana(ReadOnlySpan<char> text)
    {
        var result = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            result[i] = c is >= '\u3041' and <= '\u3096' or '\u309D' or '\u309E' ? (char)(c + 0x60) : c;
        }

        return new string(result);
    }

    /// <summary>
    /// Modified Hepburn of a katakana reading: macrons for long o and u (トウキョウ → tōkyō),
    /// ッ doubles the next consonant, ン is m before b, p and m and n' before a vowel or y,
    /// ー is dropped. Characters that are not kana pass through.
    /// </summary>
    public static string ToHepburn(ReadOnlySpan<char> katakana)
    {
        var text = ToKatakana(katakana);
        var syllables = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == 'ー')
            {
                continue;
            }

            if (!Romaji.TryGetValue(c, out var romaji))
            {
                syllables.Add(c.ToString());
                continue;
            }

            if (i + 1 < text.Length && IsSmall(text[i + 1]) && Combine(romaji, text[i + 1]) is { } combined)
            {
                romaji = combined;
                i++;
            }

            syllables.Add(romaji);
        }

        var builder = new StringBuilder();
        for (var i = 0; i < syllables.Count; i++)
        {
            var s = syllables[i];
            var next = i + 1 < syllables.Count ? syllables[i + 1] : "";
            switch (s)
            {
                case "(ッ)":
                    if (next.Length > 0 && char.IsAsciiLetterLower(next[0]) && !"aiueon".Contains(next[0], StringComparison.Ordinal))
                    {
                        builder.Append(next.StartsWith("ch", StringComparison.Ordinal) ? 't' : next[0]);
                    }

                    continue;
                case "(ン)":
                    builder.Append(next.Length > 0 && next[0] is 'b' or 'p' or 'm' ? "m"
                        : next.Length > 0 && next[0] is 'a' or 'i' or 'u' or 'e' or 'o' or 'y' ? "n'"
                        : "n");
                    continue;
            }

            // A long vowel written with ウ (or オ after o) becomes a macron on the vowel before.
            if (builder.Length > 0 && ((s == "u" && builder[^1] is 'o' or 'u') || (s == "o" && builder[^1] == 'o')))
            {
                builder[^1] = builder[^1] == 'o' ? 'ō' : 'ū';
                continue;
            }

            builder.Append(s);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Katakana for romaji as people type it, or null when the text is not romaji. Accepts
    /// Hepburn, Kunrei and keyboard spellings (shi/si, tsu/tu, fu/hu, ji/zi), macrons and
    /// circumflexes, n' and nn, m before b/p/m, and doubled consonants for ッ.
    /// </summary>
    public static string? FromRomaji(string text)
    {
        var s = FoldVowelMarks(text.ToLowerInvariant());
        var builder = new StringBuilder();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c is ' ' or '\'' or '-')
            {
                i++;
                continue;
            }

            if (!char.IsAsciiLetterLower(c))
            {
                return null;
            }

            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (c == 'n' && next is not ('a' or 'i' or 'u' or 'e' or 'o' or 'y'))
            {
                builder.Append('ン');
                i += next == '\'' ? 2 : 1;
                continue;
            }

            if (c == 'm' && next is 'b' or 'p' or 'm')
            {
                builder.Append('ン');
                i++;
                continue;
            }

            if ((c == next && !"aiueon".Contains(c, StringComparison.Ordinal)) || (c == 't' && next == 'c'))
            {
                builder.Append('ッ');
                i++;
                continue;
            }

            var matched = false;
            for (var length = Math.Min(LongestRomaji, s.Length - i); length > 0; length--)
            {
                if (FromRomajiTable.TryGetValue(s.Substring(i, length), out var kana))
                {
                    builder.Append(kana);
                    i += length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return null;
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>
    /// The reading key: katakana with every long-vowel spelling removed (ー, ウ after o or u,
    /// a vowel repeating the one before), voiced kana folded to unvoiced and ヲ ヰ ヱ to
    /// オ イ エ, so that kyuukyuusha, kyukyusha, kyūkyūsha and きゅうきゅうしゃ all give
    /// キュキュシャ. Voicing is folded because compounds voice their second word (所 is
    /// ショ alone, ジョ in 避難所) and the dictionary does not always follow. Not a reading to show.
    /// </summary>
    public static string ReadingKey(ReadOnlySpan<char> kana)
    {
        var text = ToKatakana(kana);
        var builder = new StringBuilder(text.Length);
        var previousVowel = '\0';
        foreach (var raw in text)
        {
            var c = Unvoiced(raw) switch
            {
                'ヲ' => 'オ',
                'ヰ' => 'イ',
                'ヱ' => 'エ',
                'ヵ' => 'カ',
                'ヶ' => 'ケ',
                var plain => plain,
            };
            if (c == 'ー')
            {
                continue;
            }

            var vowel = VowelOf(c);
            if (c is 'ア' or 'イ' or 'ウ' or 'エ' or 'オ' && (vowel == previousVowel || (c == 'ウ' && previousVowel == 'o')))
            {
                continue;
            }

            builder.Append(c);
            if (vowel != '\0' || c is 'ッ' or 'ン')
            {
                previousVowel = vowel;
            }
        }

        return builder.ToString();
    }

    /// <summary>The kana without its voicing mark (ガ → カ, パ → ハ); other characters unchanged.</summary>
    public static char Unvoiced(char c) => UnvoicedTable.TryGetValue(c, out var plain) ? plain : c;

    /// <summary>The voiced kana (カ → ガ), or the kana itself when it has no voiced form.</summary>
    public static char Voiced(char c) => VoicedTable.TryGetValue(c, out var voiced) ? voiced : c;

    private static char VowelOf(char katakana) =>
        Romaji.TryGetValue(katakana, out var r) && r.Length > 0 && r[^1] is 'a' or 'i' or 'u' or 'e' or 'o' ? r[^1] : '\0';

    private static bool IsSmall(char c) => c is 'ャ' or 'ュ' or 'ョ' or 'ァ' or 'ィ' or 'ゥ' or 'ェ' or 'ォ' or 'ヮ';

    /// <summary>A kana and the small kana after it as one syllable (キ+ャ → kya, フ+ァ → fa).</summary>
    private static string? Combine(string romaji, char small)
    {
        var vowel = Romaji[small];
        if (small is 'ャ' or 'ュ' or 'ョ')
        {
            if (!romaji.EndsWith('i') || romaji.Length < 2)
            {
                return null;
            }

            var stem = romaji[..^1];
            return stem is "sh" or "ch" or "j" ? stem + vowel[1..] : stem + vowel;
        }

        return romaji switch
        {
            "u" => "w" + vowel,
            "tsu" => "ts" + vowel,
            _ when romaji.Length >= 2 && romaji[^1] is 'u' or 'i' or 'e' or 'o' => romaji[..^1] + vowel,
            _ => null,
        };
    }

    private static string FoldVowelMarks(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                'ā' or 'â' or 'à' or 'á' => 'a',
                'ī' or 'î' or 'ì' or 'í' => 'i',
                'ū' or 'û' or 'ù' or 'ú' => 'u',
                'ē' or 'ê' or 'è' or 'é' => 'e',
                'ō' or 'ô' or 'ò' or 'ó' => 'o',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static Dictionary<char, string> BuildRomaji()
    {
        var rows = new (string Kana, string Romaji)[]
        {
            ("アイウエオ", "a i u e o"), ("カキクケコ", "ka ki ku ke ko"), ("ガギグゲゴ", "ga gi gu ge go"),
            ("サシスセソ", "sa shi su se so"), ("ザジズゼゾ", "za ji zu ze zo"), ("タチツテト", "ta chi tsu te to"),
            ("ダヂヅデド", "da ji zu de do"), ("ナニヌネノ", "na ni nu ne no"), ("ハヒフヘホ", "ha hi fu he ho"),
            ("バビブベボ", "ba bi bu be bo"), ("パピプペポ", "pa pi pu pe po"), ("マミムメモ", "ma mi mu me mo"),
            ("ヤユヨ", "ya yu yo"), ("ラリルレロ", "ra ri ru re ro"), ("ワヰヱヲ", "wa i e o"),
            ("ァィゥェォ", "a i u e o"), ("ャュョヮ", "ya yu yo wa"), ("ヴヵヶ", "vu ka ke"), ("ッン", "(ッ) (ン)"),
        };
        var map = new Dictionary<char, string>();
        foreach (var (kana, romaji) in rows)
        {
            var parts = romaji.Split(' ');
            for (var i = 0; i < kana.Length; i++)
            {
                map[kana[i]] = parts[i];
            }
        }

        return map;
    }

    private static Dictionary<string, string> BuildFromRomaji()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kana, romaji) in Romaji)
        {
            if (romaji.StartsWith('(') || kana is 'ヰ' or 'ヱ' or 'ヲ' or 'ヂ' or 'ヅ' or 'ヵ' or 'ヶ' or 'ヮ'
                || kana is 'ァ' or 'ィ' or 'ゥ' or 'ェ' or 'ォ' or 'ャ' or 'ュ' or 'ョ')
            {
                continue;
            }

            map.TryAdd(romaji, kana.ToString());
        }

        // Syllables with small ya, yu, yo, in Hepburn and Kunrei.
        foreach (var (kana, romaji) in Romaji.Where(p => p.Value.EndsWith('i') && p.Value.Length >= 2 && p.Key is not ('ヰ' or 'ヂ' or 'ィ')).ToList())
        {
            var stem = romaji[..^1];
            foreach (var (small, y) in new[] { ('ャ', "a"), ('ュ', "u"), ('ョ', "o") })
            {
                map.TryAdd(stem is "sh" or "ch" or "j" ? stem + y : stem + "y" + y, $"{kana}{small}");
            }
        }

        var extra = new (string Romaji, string Kana)[]
        {
            ("si", "シ"), ("ti", "チ"), ("tu", "ツ"), ("hu", "フ"), ("zi", "ジ"), ("di", "ヂ"), ("du", "ヅ"), ("wo", "ヲ"),
            ("sya", "シャ"), ("syu", "シュ"), ("syo", "ショ"), ("tya", "チャ"), ("tyu", "チュ"), ("tyo", "チョ"),
            ("cya", "チャ"), ("cyu", "チュ"), ("cyo", "チョ"), ("zya", "ジャ"), ("zyu", "ジュ"), ("zyo", "ジョ"),
            ("jya", "ジャ"), ("jyu", "ジュ"), ("jyo", "ジョ"), ("ja", "ジャ"), ("ju", "ジュ"), ("jo", "ジョ"), ("je", "ジェ"),
            ("fa", "ファ"), ("fi", "フィ"), ("fe", "フェ"), ("fo", "フォ"), ("she", "シェ"), ("che", "チェ"),
            ("wi", "ウィ"), ("we", "ウェ"), ("va", "ヴァ"), ("vi", "ヴィ"), ("ve", "ヴェ"), ("vo", "ヴォ"),
            ("la", "ラ"), ("li", "リ"), ("lu", "ル"), ("le", "レ"), ("lo", "ロ"), ("ca", "カ"), ("cu", "ク"), ("co", "コ"),
        };
        foreach (var (romaji, kana) in extra)
        {
            map[romaji] = kana;
        }

        return map;
    }
}
