using System.Globalization;
using System.Text.RegularExpressions;

namespace Kawasaki.Tabunka.Core.Languages;

/// <summary>
/// Dates as a reader of the language writes them, without the weekday: "November 28, 2026",
/// "2026年11月28日", "28 de noviembre de 2026". Built from the culture's long date pattern.
/// </summary>
public static partial class DateDisplay
{
    /// <summary>
    /// The date for a reader of <paramref name="language"/>. Easy Japanese writes it in kana
    /// (2026ねん 11がつ 28にち), because a page in easy Japanese shows no kanji without a reading.
    /// </summary>
    public static string Format(DateOnly date, Language language) =>
        language.Id == LanguageRegistry.SourceLanguageId
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Year}ねん {date.Month}がつ {date.Day}にち")
            : Format(date, language.Culture);

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
