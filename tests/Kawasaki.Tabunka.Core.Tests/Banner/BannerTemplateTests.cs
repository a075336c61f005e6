using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Tests.Content;

namespace Kawasaki.Tabunka.Core.Tests.Banner;

/// <summary>Prepared banners under content/banners: read whole or left out with a clear error.</summary>
public sealed class BannerTemplateTests : IDisposable
{
    private readonly ContentFolder _content = new();
    private readonly ContentLoader _loader = new(new LanguageRegistry());

    public void Dispose() => _content.Dispose();

    private static List<string> Problems(GuideLibrary library) => library.Problems.Select(p => p.ToString()).Where(p => p.StartsWith("banners/", StringComparison.Ordinal)).ToList();

    private void Template(string id, string yaml, params (string Lang, string Text)[] texts)
    {
        _content.Write($"banners/{id}/template.yml", yaml);
        foreach (var (lang, text) in texts)
        {
            _content.Write($"banners/{id}/{lang}.txt", text);
        }
    }

    [Fact]
    public void A_template_is_read_with_its_name_guide_and_texts()
    {
        _content.Write("disaster/what-to-do-now/ja-easy.md", ContentFolder.Guide());
        Template("quake", "name: \"Strong earthquake\"\nguide: what-to-do-now\n", ("ja-easy", "じしんです。\n"), ("en", "An earthquake.\n"), ("vi", "Động đất.\n"));

        var library = _loader.Load(_content.Root);

        var template = Assert.Single(library.BannerTemplates);
        Assert.Equal(("quake", "Strong earthquake", "what-to-do-now"), (template.Id, template.Name, template.Guide));
        Assert.Equal("Động đất.", template.Texts["vi"]);
        Assert.DoesNotContain(library.Problems, p => p.IsError);
        Assert.Contains(Problems(library), p => p.Contains("warning: the template 'quake' has no th.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_required_texts_long_or_multi_line_texts_and_unknown_guides_are_errors()
    {
        Template("no-english", "name: x\n", ("ja-easy", "じしん\n"));
        Template("too-long", "name: x\n", ("ja-easy", "じしん\n"), ("en", new string('a', 281)));
        Template("two-lines", "name: x\n", ("ja-easy", "じしん\n"), ("en", "one\ntwo\n"));
        Template("no-guide", "name: x\nguide: nowhere\n", ("ja-easy", "じしん\n"), ("en", "quake\n"));
        Template("Bad_Id", "name: x\n", ("ja-easy", "じしん\n"), ("en", "quake\n"));

        var library = _loader.Load(_content.Root);
        var errors = library.Problems.Where(p => p.IsError).Select(p => p.ToString()).ToList();

        Assert.Contains("banners/no-english:1: the template 'no-english' has no en.txt (a banner needs ja-easy and en)", errors);
        Assert.Contains("banners/too-long/en.txt:1: the banner text is 281 characters; at most 280", errors);
        Assert.Contains("banners/two-lines/en.txt:2: a banner text is one line", errors);
        Assert.Contains("banners/no-guide/template.yml:2: link to guide 'nowhere', which does not exist", errors);
        Assert.Contains("banners/Bad_Id:1: 'Bad_Id' is not a template id: use lower-case letters, digits and hyphens", errors);
        Assert.Equal(["no-guide"], library.BannerTemplates.Select(t => t.Id));
    }
}
