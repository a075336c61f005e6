namespace Kawasaki.Tabunka.Core.Languages;

/// <summary>
/// Picks the site language for a browser's <c>Accept-Language</c> header. Browser tags are
/// mapped to the site's languages by meaning, not spelling: <c>zh-TW</c> readers get
/// simplified Chinese (the only Chinese we have), <c>fil</c> is Tagalog, any <c>pt</c> is the
/// site's Brazilian Portuguese. A tag with no sensible match (<c>de</c>, <c>nb</c>) matches
/// nothing rather than something wrong, so the reader sees the language chooser.
/// </summary>
public sealed class LanguageNegotiator(LanguageRegistry languages)
{
    // Primary subtag (or whole tag) → site language id. Only what differs from the identity
    // mapping is listed; "ja" → "ja" etc. is found through the registry itself.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zh"] = "zh-hans",
        ["fil"] = "tl",
        ["in"] = "id", // the withdrawn ISO 639 code for Indonesian, still sent by old Android
    };

    /// <summary>The best language for the header, or null when nothing in it matches.</summary>
    public Language? Negotiate(string? acceptLanguage)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage))
        {
            return null;
        }

        Language? best = null;
        var bestQuality = 0.0;
        foreach (var (tag, quality) in Parse(acceptLanguage).Take(32))
        {
            // Strictly greater: on equal quality the earlier entry wins, as browsers intend.
            if (quality > bestQuality && Map(tag) is { } language)
            {
                best = language;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>Maps one language tag to a site language, or null.</summary>
    public Language? Map(string tag)
    {
        tag = tag.Trim();
        if (tag.Length == 0 || tag == "*")
        {
            return null;
        }

        if (languages.TryGetIgnoringCase(tag, out var exact))
        {
            return exact;
        }

        var primary = tag.Split('-', 2)[0];
        if (Aliases.TryGetValue(primary, out var alias) && languages.TryGet(alias, out var aliased))
        {
            return aliased;
        }

        return languages.TryGetIgnoringCase(primary, out var byPrimary) ? byPrimary : null;
    }

    private static IEnumerable<(string Tag, double Quality)> Parse(string header)
    {
        foreach (var part in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            var quality = 1.0;
            foreach (var parameter in pieces.Skip(1).Where(p => p.StartsWith("q=", StringComparison.OrdinalIgnoreCase)))
            {
                // A weight outside RFC 9110's grammar (q=1e309, q=NaN, q=2) makes the entry worthless, not the best.
                quality = QValue(parameter[2..]) ?? 0;
            }

            if (quality > 0)
            {
                yield return (pieces[0], quality);
            }
        }
    }

    /// <summary>An RFC 9110 qvalue: <c>0</c> to <c>1</c> with at most three decimals; null for anything else.</summary>
    private static double? QValue(string text)
    {
        var valid = text.Length is >= 1 and <= 5
            && (text[0] == '0' || text[0] == '1')
            && (text.Length == 1 || (text[1] == '.' && text.Skip(2).All(char.IsAsciiDigit)));
        if (!valid)
        {
            return null;
        }

        var value = double.Parse(text.Length == 2 ? text[..1] : text, System.Globalization.CultureInfo.InvariantCulture);
        return value <= 1 ? value : null;
    }
}
