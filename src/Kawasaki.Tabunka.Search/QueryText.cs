using System.Globalization;
using System.Text;

namespace Kawasaki.Tabunka.Search;

public enum QueryProblem
{
    None,
    Empty,
    TooLong,
}

/// <summary>
/// What a reader typed, made safe to search: control and format characters removed,
/// whitespace collapsed, length bounded. The text is never parsed as query syntax; it only
/// ever reaches analyzers.
/// </summary>
public static class QueryText
{
    /// <summary>Longer input is refused: no guide search needs a paragraph.</summary>
    public const int MaxLength = 200;

    public static (string Text, QueryProblem Problem) Normalize(string? raw)
    {
        if (raw is null)
        {
            return ("", QueryProblem.Empty);
        }

        if (raw.Length > MaxLength * 4)
        {
            return ("", QueryProblem.TooLong);
        }

        var text = new StringBuilder(raw.Length);
        var space = false;
        foreach (var rune in raw.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            // Zero-width joiners stay: Devanagari conjuncts and emoji sequences use them.
            var joiner = rune.Value is 0x200C or 0x200D;
            if (Rune.IsWhiteSpace(rune) || (!joiner && category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse))
            {
                space = text.Length > 0;
                continue;
            }

            // A colon would glue "title:shelter" into one word; it is never query syntax here.
            if (rune.Value is ':' or '：')
            {
                space = text.Length > 0;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(rune.ToString());
        }

        var result = text.ToString();
        return result.Length switch
        {
            0 => ("", QueryProblem.Empty),
            > MaxLength => (result[..MaxLength], QueryProblem.TooLong),
            _ => (result, QueryProblem.None),
        };
    }
}
