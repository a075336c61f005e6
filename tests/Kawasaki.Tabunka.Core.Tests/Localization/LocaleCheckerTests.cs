using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Localization;

namespace Kawasaki.Tabunka.Core.Tests.Localization;

public sealed class LocaleCheckerTests : IDisposable
{
    private static readonly LanguageRegistry TwoLanguages = LanguageRegistry.From(
    [
        new Language("en", "English", "en", "en", "en-US", TextDirection.Ltr, []),
        new Language("vi", "Tiếng Việt", "vi", "vi", "vi-VN", TextDirection.Ltr, ["en"]),
    ]);

    private readonly string _dir = Directory.CreateTempSubdirectory("locales-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string lang, string json) => File.WriteAllText(Path.Combine(_dir, lang + ".json"), json);

    private List<string> Check() => LocaleChecker.Check(_dir, TwoLanguages).Select(p => p.ToString().Replace(_dir + "/", "", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Complete_files_have_no_problems()
    {
        Write("en", """{"A": "Results for {0}", "B": "Home"}""");
        Write("vi", """{"A": "Kết quả cho {0}", "B": "Trang chủ"}""");
        Assert.Empty(Check());
    }

    [Fact]
    public void A_missing_key_is_reported_as_file_and_key()
    {
        Write("en", """{"A": "a", "B": "b"}""");
        Write("vi", """{"A": "a"}""");
        Assert.Equal(["vi.json:B: missing key"], Check());
    }

    [Fact]
    public void A_key_english_does_not_have_is_reported()
    {
        Write("en", """{"A": "a"}""");
        Write("vi", """{"A": "a", "Z": "z"}""");
        Assert.Equal(["vi.json:Z: key not in en.json"], Check());
    }

    [Fact]
    public void Empty_values_are_reported()
    {
        Write("en", """{"A": "a"}""");
        Write("vi", """{"A": "  "}""");
        Assert.Equal(["vi.json:A: empty value"], Check());
    }

    [Fact]
    public void A_lost_or_changed_placeholder_is_reported()
    {
        Write("en", """{"A": "{0} of {1}", "B": "for {0}"}""");
        Write("vi", """{"A": "{0} của {0}", "B": "cho {{0}}"}""");
        Assert.Equal(
            ["vi.json:A: placeholders {0} differ from English {0} {1}", "vi.json:B: placeholders (none) differ from English {0}"],
            Check());
    }

    [Fact]
    public void Invalid_json_is_reported_with_its_line()
    {
        Write("en", """{"A": "a"}""");
        Write("vi", "{\n\"A\": \"a\"\n\"B\"}");
        var problem = Assert.Single(Check());
        Assert.StartsWith("vi.json: invalid JSON at line 3", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_is_reported()
    {
        Write("en", """{"A": "a"}""");
        Write("vi", """{"A": "a", "A": "b"}""");
        Assert.Equal(["vi.json:A: the key appears twice"], Check());
    }

    [Fact]
    public void Missing_and_unregistered_files_are_reported()
    {
        Write("en", """{"A": "a"}""");
        Write("fr", """{"A": "a"}""");
        Assert.Equal(["fr.json: 'fr' is not a registered language (see LanguageRegistry)", "vi.json: missing locale file"], Check());
    }
}
