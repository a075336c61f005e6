using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Core.Tests.Languages;

public sealed class DateDisplayTests
{
    private static readonly LanguageRegistry Languages = new();

    [Theory]
    [InlineData("ja-easy", "2026ねん 4がつ 1にち")]
    [InlineData("ja", "2026年4月1日")]
    [InlineData("en", "April 1, 2026")]
    public void Dates_read_as_each_language_writes_them_and_easy_japanese_has_no_kanji(string language, string expected)
    {
        Assert.Equal(expected, DateDisplay.Format(new DateOnly(2026, 4, 1), Languages.Get(language)));
    }
}
