using System.Text.Json;
using Kawasaki.Tabunka.Core.Content;

namespace Kawasaki.Tabunka.Tools.Tests;

public sealed class ContentCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("content-tools-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_dir, "content", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Guide(string title, string? source = null, string body = "Text.") =>
        $"---\ntitle: \"{title}\"\nsummary: S\nupdated: 2026-04-01\n{(source is null ? "" : $"source: {source}\n")}---\n\n{body}\n";

    [Fact]
    public void Check_content_prints_path_line_message_and_exits_one_on_errors()
    {
        Write("disaster/call-119/ja-easy.md", Guide("{火事|かじ}"));
        Write("disaster/call-119/en.md", "---\ntitle: T\nsummary: S\nupdated: 2026-13-01\n---\n[map](guide:no-map)\n");

        var result = ToolRunner.Run(_dir, "check-content", "--path", "content");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["content/disaster/call-119/en.md:4: updated '2026-13-01' is not a date written as YYYY-MM-DD"], result.OutputLines);
        Assert.Contains("1 errors", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_content_reports_broken_guide_links_and_succeeds_on_valid_content_with_warnings()
    {
        Write("disaster/call-119/en.md", Guide("T", body: "See [map](guide:disaster-map)."));
        var broken = ToolRunner.Run(_dir, "check-content", "--path", "content");
        Assert.Equal(["content/disaster/call-119/en.md:7: link to guide 'disaster-map', which does not exist"], broken.OutputLines);

        Write("disaster/disaster-map/en.md", Guide("Map", body: "Text.\n\n[x](javascript:alert(1))"));
        var fixedUp = ToolRunner.Run(_dir, "check-content", "--path", "content");
        Assert.Equal(0, fixedUp.ExitCode);
        Assert.Single(fixedUp.OutputLines);
        Assert.Contains("warning: link to 'javascript:alert(1)' removed", fixedUp.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_status_json_lists_every_guide_with_all_twelve_languages()
    {
        var source = Write("disaster/call-119/ja-easy.md", Guide("{火事|かじ}", body: "{火事|かじ}です。"));
        var revision = Revision.Of(GuideFile.Parse(File.ReadAllText(source)).Body);
        Write("disaster/call-119/en.md", Guide("Fire", source: revision));
        Write("disaster/call-119/vi.md", Guide("Cháy", source: "00000000"));

        var result = ToolRunner.Run(_dir, "content-status", "--path", "content", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var guide = Assert.Single(json.RootElement.GetProperty("guides").EnumerateArray());
        Assert.Equal("call-119", guide.GetProperty("id").GetString());
        Assert.Equal("disaster", guide.GetProperty("topic").GetString());
        var languages = guide.GetProperty("languages").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal(12, languages.Count);
        Assert.Equal("source", languages["ja-easy"]);
        Assert.Equal("current", languages["en"]);
        Assert.Equal("outdated", languages["vi"]);
        Assert.Equal("missing", languages["th"]);
    }

    [Fact]
    public void Content_status_prints_a_readable_matrix()
    {
        Write("disaster/call-119/ja-easy.md", Guide("{火事|かじ}"));
        Write("disaster/call-119/en.md", Guide("Fire"));

        var result = ToolRunner.Run(_dir, "content-status", "--path", "content");

        Assert.StartsWith("guide", result.OutputLines[0], StringComparison.Ordinal);
        Assert.Matches(@"^disaster/call-119\s+src\s+-\s+OLD\s+-", result.OutputLines[1]);
    }

    [Fact]
    public void Stamp_source_marks_a_translation_current()
    {
        Write("disaster/call-119/ja-easy.md", Guide("{火事|かじ}", body: "{火事|かじ}です。"));
        var english = Write("disaster/call-119/en.md", Guide("Fire"));

        var result = ToolRunner.Run(_dir, "stamp-source", "content/disaster/call-119/en.md");

        Assert.Equal(0, result.ExitCode);
        var status = ToolRunner.Run(_dir, "content-status", "--path", "content", "--json");
        Assert.Contains("\"en\": \"current\"", status.Output, StringComparison.Ordinal);
        Assert.Matches(@"^content/disaster/call-119/en\.md: source [0-9a-f]{8}$", result.OutputLines.Single());
        Assert.Contains("source: ", File.ReadAllText(english), StringComparison.Ordinal);
    }

    [Fact]
    public void Stamp_source_refuses_the_source_itself_and_files_without_a_source_beside_them()
    {
        Write("disaster/call-119/ja-easy.md", Guide("{火事|かじ}"));
        Write("school/preschool/en.md", Guide("P"));

        var result = ToolRunner.Run(_dir, "stamp-source", "content/disaster/call-119/ja-easy.md", "content/school/preschool/en.md", "content/nope.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
        [
            "content/disaster/call-119/ja-easy.md:1: this is the easy Japanese source itself; stamp its translations instead",
            "content/school/preschool/en.md:1: there is no ja-easy.md beside this file to translate from",
            "content/nope.md:1: no such file",
        ], result.OutputLines);
    }

    [Fact]
    public void Stamp_source_without_files_is_a_usage_error()
    {
        Assert.Equal(2, ToolRunner.Run(_dir, "stamp-source").ExitCode);
    }

    [Fact]
    public void Facts_needed_lists_unverified_place_fields_before_guide_todos_with_their_lines()
    {
        Write("places/test-desk/place.yml", """
            kind: consultation
            official_name: "試験の窓口"
            source: "test"
            phone:
              value: "044-200-3669"
              source: "test"
              verified: 2026-12-01
            address:
              value: "川崎市"
              source: "test"
            """);
        Write("living/garbage/ja-easy.md", "---\ntitle: \"ごみ\"\nsummary: S\nupdated: 2026-04-01\ntodo:\n  - \"収集日は区によって違う: 区ごとの表\"\n---\n\nText.\n");

        var text = ToolRunner.Run(_dir, "facts-needed", "--path", "content");
        Assert.Equal(0, text.ExitCode);
        Assert.Equal("places/test-desk (6)", text.OutputLines[0]);
        Assert.Contains("content/places/test-desk/place.yml:1: address", text.OutputLines);
        Assert.DoesNotContain(text.OutputLines, l => l.EndsWith(": phone", StringComparison.Ordinal));
        Assert.Equal("living/garbage (1)", text.OutputLines[7]);
        Assert.Equal("content/living/garbage/ja-easy.md:6: 収集日は区によって違う: 区ごとの表", text.OutputLines[8]);
        Assert.Contains("7 facts in 2 places and guides", text.Error, StringComparison.Ordinal);

        var json = ToolRunner.Run(_dir, "facts-needed", "--path", "content", "--json");
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal(7, document.RootElement.GetProperty("total").GetInt32());
        var subjects = document.RootElement.GetProperty("subjects").EnumerateArray().Select(s => s.GetProperty("subject").GetString()).ToList();
        Assert.Equal(["places/test-desk", "living/garbage"], subjects);
    }
}
