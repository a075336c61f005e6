using System.Text.Json;
using Kawasaki.Tabunka.Core.Banner;

namespace Kawasaki.Tabunka.Tools.Tests;

/// <summary>
/// The operator verbs, against a scratch data folder given by environment variable (as an
/// operator would set it). One class, so the variable is never changed under another test.
/// </summary>
[Collection(nameof(EnvironmentCollection))]
public sealed class StaffCommandsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("staff-tools-").FullName;

    public StaffCommandsTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "content"));
        Environment.SetEnvironmentVariable("Tabunka__ContentPath", Path.Combine(_root, "content"));
        Environment.SetEnvironmentVariable("Tabunka__DataPath", Path.Combine(_root, "data"));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("Tabunka__ContentPath", null);
        Environment.SetEnvironmentVariable("Tabunka__DataPath", null);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Content_import_and_export_on_sqlite_say_that_the_content_folder_is_the_published_state()
    {
        foreach (var verb in new[] { "import", "export" })
        {
            var result = ToolRunner.Run(_root, "content", verb, Path.Combine(_root, "content"));

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("Tabunka__Database__Provider=postgresql", result.Error, StringComparison.Ordinal);
        }

        Assert.Equal(2, ToolRunner.Run(_root, "content", "import").ExitCode);
    }

    [Fact]
    public void Database_migrate_prepares_the_sqlite_database()
    {
        var result = ToolRunner.Run(_root, "database", "migrate");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("the sqlite database is up to date", result.OutputLines[0]);
        Assert.True(File.Exists(Path.Combine(_root, "data", "staff.db")));
    }

    [Fact]
    public void User_add_prints_a_one_time_password_and_refuses_a_second_account_with_the_same_email()
    {
        var added = ToolRunner.Run(_root, "user", "add", "--email", "ed@example.jp", "--role", "editor");

        Assert.Equal(0, added.ExitCode);
        Assert.Equal("created ed@example.jp as editor", added.OutputLines[0]);
        Assert.Matches(@"^one-time password: \S{18}$", added.OutputLines[1]);
        Assert.True(File.Exists(Path.Combine(_root, "data", "staff.db")));
        Assert.Equal(1, ToolRunner.Run(_root, "user", "add", "--email", "ed@example.jp", "--role", "editor").ExitCode);
    }

    [Fact]
    public void A_translator_needs_languages_and_a_role_must_exist()
    {
        var translator = ToolRunner.Run(_root, "user", "add", "--email", "t@example.jp", "--role", "translator");
        Assert.Equal(1, translator.ExitCode);
        Assert.Contains("--languages", translator.Error, StringComparison.Ordinal);
        Assert.Equal(2, ToolRunner.Run(_root, "user", "add", "--email", "x@example.jp", "--role", "root").ExitCode);
        Assert.Equal(2, ToolRunner.Run(_root, "user", "add", "--role", "editor").ExitCode);
    }

    [Fact]
    public void Disable_unlock_and_reset_password_work_on_an_existing_account_only()
    {
        ToolRunner.Run(_root, "user", "add", "--email", "t@example.jp", "--role", "translator", "--languages", "vi,ne");

        Assert.Equal(0, ToolRunner.Run(_root, "user", "disable", "--email", "t@example.jp").ExitCode);
        Assert.Equal(0, ToolRunner.Run(_root, "user", "unlock", "--email", "t@example.jp").ExitCode);
        var reset = ToolRunner.Run(_root, "user", "reset-password", "--email", "t@example.jp");
        Assert.Equal(0, reset.ExitCode);
        Assert.StartsWith("one-time password: ", reset.OutputLines[1], StringComparison.Ordinal);
        Assert.Equal(1, ToolRunner.Run(_root, "user", "disable", "--email", "nobody@example.jp").ExitCode);
    }

    [Fact]
    public void Set_role_changes_the_role_and_its_languages_and_refuses_what_would_break_the_account()
    {
        ToolRunner.Run(_root, "user", "add", "--email", "ed@example.jp", "--role", "editor");

        var changed = ToolRunner.Run(_root, "user", "set-role", "--email", "ed@example.jp", "--role", "translator", "--languages", "ne,tl");
        Assert.Equal(0, changed.ExitCode);
        Assert.Equal("ed@example.jp is now translator (ne,tl); its sessions end", changed.OutputLines[0]);

        var noLanguages = ToolRunner.Run(_root, "user", "set-role", "--email", "ed@example.jp", "--role", "translator");
        Assert.Equal(1, noLanguages.ExitCode);
        Assert.Contains("--languages", noLanguages.Error, StringComparison.Ordinal);
        var unknownLanguage = ToolRunner.Run(_root, "user", "set-role", "--email", "ed@example.jp", "--role", "translator", "--languages", "de");
        Assert.Equal(1, unknownLanguage.ExitCode);
        Assert.Contains("unknown language 'de'", unknownLanguage.Error, StringComparison.Ordinal);
        Assert.Equal(1, ToolRunner.Run(_root, "user", "set-role", "--email", "nobody@example.jp", "--role", "editor").ExitCode);
        Assert.Equal(2, ToolRunner.Run(_root, "user", "set-role", "--email", "ed@example.jp", "--role", "owner").ExitCode);
    }

    [Fact]
    public void Banner_set_writes_the_banner_the_site_reads_and_banner_clear_removes_it()
    {
        var set = ToolRunner.Run(_root, "banner", "set", "--ja-easy", "じしんです", "--en", "Earthquake", "--vi", "Động đất", "--until", "2099-01-01T00:00");

        Assert.Equal(0, set.ExitCode);
        var file = Path.Combine(_root, "data", BannerStore.FileName);
        var banner = JsonSerializer.Deserialize<EmergencyBanner>(File.ReadAllText(file))!;
        Assert.Equal("Động đất", banner.Texts["vi"]);
        Assert.True(banner.IsActive(DateTime.UtcNow));
        Assert.Equal(new DateTime(2098, 12, 31, 15, 0, 0), banner.EndsAt);

        Assert.Equal(0, ToolRunner.Run(_root, "banner", "clear").ExitCode);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void A_prepared_banner_is_set_in_every_language_with_its_guide_and_single_texts_can_be_replaced()
    {
        var content = Path.Combine(_root, "content");
        WriteFile(content, "disaster/what-to-do-now/ja-easy.md", "---\ntitle: \"じしん\"\nsummary: S\nupdated: 2026-04-01\n---\n\nText.\n");
        WriteFile(content, "banners/strong-earthquake/template.yml", "name: \"Strong earthquake\"\nguide: what-to-do-now\n");
        WriteFile(content, "banners/strong-earthquake/ja-easy.txt", "おおきな じしんです。\n");
        WriteFile(content, "banners/strong-earthquake/en.txt", "A strong earthquake.\n");
        WriteFile(content, "banners/strong-earthquake/vi.txt", "Động đất mạnh.\n");

        var set = ToolRunner.Run(_root, "banner", "set", "--template", "strong-earthquake", "--en", "A strong earthquake has hit Kawasaki.");

        Assert.Equal(0, set.ExitCode);
        var banner = JsonSerializer.Deserialize<EmergencyBanner>(File.ReadAllText(Path.Combine(_root, "data", BannerStore.FileName)))!;
        Assert.Equal("Động đất mạnh.", banner.Texts["vi"]);
        Assert.Equal("A strong earthquake has hit Kawasaki.", banner.Texts["en"]);
        Assert.Equal("what-to-do-now", banner.Guide);

        var unknown = ToolRunner.Run(_root, "banner", "set", "--template", "volcano");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("strong-earthquake", unknown.Error, StringComparison.Ordinal);
    }

    private static void WriteFile(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void A_banner_without_easy_japanese_and_english_is_refused()
    {
        var result = ToolRunner.Run(_root, "banner", "set", "--en", "Earthquake");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the banner needs a text in ja-easy", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, ToolRunner.Run(_root, "banner", "set", "--en", "x", "--ja-easy", "y", "--from", "tomorrow").ExitCode);
    }
}

[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public sealed class EnvironmentCollection;
