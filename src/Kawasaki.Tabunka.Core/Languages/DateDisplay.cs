using System.Globalization;
using System.Text.RegularExpressions;

namespace Kawasaki.Tabunka.Core.Languages;

/// <summary>
/// Dates as a reader of the language writes them, without the weekday: "November 28, 2026",
/// "2026年11月28日", "28 de noviembre de 2026". Built from the culture's long date pattern.
/// </summary>
public static partial class DateDisplay
{
    public static string Format(DateOnly date, CultureInfo culture)
    {
        var pattern = WeekdayPattern().Replace(culture.DateTimeFormat.LongDatePattern, "").Trim(' ', ',', '、', '،');
        return date.ToString(pattern, culture);
    }

    // "dddd" with the separator that joins it to the rest of the pattern, before or after,
    // and a literal glued to it (Thai "ddddที่" = "weekday, the").
    [GeneratedRegex(@"\s*,?\s*dddd[^\s,dMyg']*\s*,?\s*")]
    private static partial Regex WeekdayPattern();
}
