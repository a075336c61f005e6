using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Core.Tests.Content;

public sealed class ContentLoaderTests : IDisposable
{
    private readonly ContentFolder _content = new();
    private readonly ContentLoader _loader = new(new LanguageRegistry());

    public void Dispose() => _content.Dispose();

    private static List<string> Errors(GuideLibrary library) => library.Problems.Where(p => p.IsError).Select(p => p.ToString()).ToList();

    [Fact]
    public void Guides_are_read_from_topic_id_and_language_folders()
    {
        _content.Write("disaster/call-119/ja-easy.md", ContentFolder.Guide("{火事|かじ}"));
        _content.Write("disaster/call-119/en.md", ContentFolder.Guide("Fire"));
        _content.Write("school/preschool/ja-easy.md", ContentFolder.Guide("P"));

        var library = _loader.Load(_content.Root);

        Assert.Empty(library.Problems);
        Assert.Equal(["call-119", "preschool"], library.Guides.Select(g => g.Id));
        var guide = library.Find("call-119")!;
        Assert.Equal("disaster", guide.Topic);
        Assert.Equal(["en", "ja-easy"], guide.Versions.Keys.Order());
    }

    [Fact]
    public void Unknown_topics_languages_and_bad_ids_are_errors_and_not_served()
    {
        _content.Write("weather/rain/en.md", ContentFolder.Guide());
        _content.Write("disaster/call-119/fr.md", ContentFolder.Guide());
        _content.Write("disaster/Call_119/en.md", ContentFolder.Guide());

        var library = _loader.Load(_content.Root);

        Assert.Equal(0, library.Count);
        Assert.Equal(
        [
            "disaster/Call_119/en.md:1: 'Call_119' is not a guide id: use lower-case letters, digits and hyphens",
            "disaster/call-119/fr.md:1: unknown language 'fr' (languages: ja-easy, ja, en, zh-hans, ko, tl, vi, ne, pt, es, th, id)",
            "weather/rain/en.md:1: unknown topic 'weather' (topics: consultation, disaster, school, childcare, living)",
        ], Errors(library));
    }

    [Fact]
    public void An_id_used_in_two_topics_is_an_error_and_served_from_one_only()
    {
        _content.Write("disaster/map/en.md", ContentFolder.Guide("Disaster map"));
        _content.Write("school/map/en.md", ContentFolder.Guide("School map"));

        var library = _loader.Load(_content.Root);

        Assert.Equal(["school/map/en.md:1: guide id 'map' is already used in topic 'disaster'; ids must be unique across topics"], Errors(library));
        Assert.Equal("disaster", library.Find("map")!.Topic);
    }

    [Fact]
    public void A_link_to_a_guide_that_does_not_exist_is_an_error_at_its_line()
    {
        _content.Write("disaster/call-119/en.md", ContentFolder.Guide(body: "See [the map](guide:disaster-map).\n\nAnd [help](guide:call-119)."));

        var library = _loader.Load(_content.Root);

        Assert.Equal(["disaster/call-119/en.md:7: link to guide 'disaster-map', which does not exist"], Errors(library));
        Assert.NotNull(library.Find("call-119"));
    }

    [Fact]
    public void A_broken_file_next_to_good_ones_leaves_the_good_ones_served()
    {
        _content.Write("disaster/call-119/en.md", ContentFolder.Guide("Call 119"));
        _content.Write("disaster/call-119/vi.md", "---\ntitle: broken\n");
        _content.Write("disaster/disaster-map/en.md", ContentFolder.Guide("Map"));

        var library = _loader.Load(_content.Root);

        Assert.Equal(["disaster/call-119/vi.md:1: the front matter is not closed with a '---' line"], Errors(library));
        Assert.Equal(["en"], library.Find("call-119")!.Versions.Keys);
        Assert.NotNull(library.Find("disaster-map"));
    }

    [Fact]
    public void A_broken_edit_keeps_the_last_good_version_online()
    {
        _content.Write("disaster/call-119/en.md", ContentFolder.Guide("Good title"));
        var first = _loader.Load(_content.Root);

        _content.Write("disaster/call-119/en.md", "---\ntitle: Half written\nsummary:\n");
        var second = _loader.Load(_content.Root, first);

        Assert.Equal("Good title", second.Find("call-119")!.Versions["en"].Title.PlainText);
        Assert.Contains(second.Problems, p => p.Message.StartsWith("the last good version of this file stays online", StringComparison.Ordinal));
        Assert.Contains(second.Problems, p => p.IsError);
    }

    [Fact]
    public void A_fixed_file_replaces_the_last_good_version()
    {
        _content.Write("disaster/call-119/en.md", ContentFolder.Guide("One"));
        var first = _loader.Load(_content.Root);
        _content.Write("disaster/call-119/en.md", ContentFolder.Guide("Two"));

        var second = _loader.Load(_content.Root, first);

        Assert.Equal("Two", second.Find("call-119")!.Versions["en"].Title.PlainText);
        Assert.True(second.Generation > first.Generation);
    }

    [Fact]
    public void A_deleted_file_disappears()
    {
        _content.Write("disaster/call-119/en.md", ContentFolder.Guide());
        _content.Write("disaster/call-119/vi.md", ContentFolder.Guide());
        var first = _loader.Load(_content.Root);
        _content.Delete("disaster/call-119/vi.md");

        Assert.Equal(["en"], _loader.Load(_content.Root, first).Find("call-119")!.Versions.Keys);
    }

    [Fact]
    public void A_guide_whose_every_file_is_broken_is_known_as_unavailable()
    {
        _content.Write("disaster/call-119/en.md", "---\ntitle: T\nsummary: S\nupdated: 2026-04-01\n---\n" + new string('>', 100_000));

        var library = _loader.Load(_content.Root);

        Assert.Null(library.Find("call-119"));
        Assert.Equal("disaster", library.Unavailable["call-119"]);
    }

    [Fact]
    public void Files_that_are_not_guides_are_ignored_with_a_warning()
    {
        _content.Write("disaster/call-119/en.md", ContentFolder.Guide());
        _content.Write("disaster/call-119/notes.txt", "x");
        _content.Write("disaster/call-119/.en.md.swp", "x");

        var library = _loader.Load(_content.Root);

        var problem = Assert.Single(library.Problems);
        Assert.Equal("disaster/call-119/notes.txt:1: warning: not a guide file (guides are {lang}.md); ignored", problem.ToString());
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_an_error()
    {
        var path = Path.Combine(_content.Root, "disaster/call-119/en.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]);

        Assert.Equal(["disaster/call-119/en.md:1: the file is not valid UTF-8"], Errors(_loader.Load(_content.Root)));
    }
}
