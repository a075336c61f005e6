using System.Xml.Linq;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;

namespace Kawasaki.Tabunka.Web.Tests.Sitemap;

[Collection(SiteCollection.Name)]
public sealed class SitemapTests(SiteFixture site) : IDisposable
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private readonly HttpClient _client = site.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task The_sitemap_lists_every_section_page_in_every_language_with_its_alternates()
    {
        var xml = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));
        var urls = xml.Root!.Elements(Sitemap + "url").ToList();
        var paths = urls.Select(u => new Uri(u.Element(Sitemap + "loc")!.Value).AbsolutePath).ToHashSet();

        foreach (var lang in new[] { "ja-easy", "en", "ne", "id" })
        {
            Assert.Contains($"/{lang}/", paths);
            Assert.Contains($"/{lang}/disaster/", paths);
            Assert.Contains($"/{lang}/privacy", paths);
        }

        Assert.All(urls, u => Assert.Equal(12, u.Elements(Xhtml + "link").Count()));
        var nepaliSchool = urls.Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith("/ne/school/", StringComparison.Ordinal));
        Assert.Contains(nepaliSchool.Elements(Xhtml + "link"), l => (string?)l.Attribute("hreflang") == "pt-BR" && ((string)l.Attribute("href")!).EndsWith("/pt/school/", StringComparison.Ordinal));
    }
}
