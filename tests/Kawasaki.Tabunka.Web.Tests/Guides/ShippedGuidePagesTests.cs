using System.Net;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Web.Tests.Infrastructure;

namespace Kawasaki.Tabunka.Web.Tests.Guides;

/// <summary>Every shipped guide in every language it is written in renders as a page.</summary>
[Collection(SiteCollection.Name)]
public sealed class ShippedGuidePagesTests(SiteFixture site) : IDisposable
{
    private readonly HttpClient _client = site.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Every_guide_in_every_language_renders_with_its_title_and_easy_japanese_has_furigana_on_every_kanji()
    {
        var library = new ContentLoader(new LanguageRegistry()).Load(Repository.Content);
        var failures = new List<string>();
        var pages = 0;
        foreach (var version in library.Versions)
        {
            var url = $"/{version.Language}/{version.Topic}/{version.Id}";
            using var response = await _client.GetAsync(url);
            pages++;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{url}: {(int)response.StatusCode}");
                continue;
            }

            var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
            var heading = page.QuerySelector("article h1")?.BaseText().Trim();
            if (heading != version.Title.PlainText.Trim())
            {
                failures.Add($"{url}: h1 '{heading}' is not the title '{version.Title.PlainText}'");
            }

            if (version.Language == LanguageRegistry.SourceLanguageId)
            {
                // What a reader sees outside ruby must hold no kanji: every kanji has its reading.
                var article = (AngleSharp.Dom.IElement)page.QuerySelector("article")!.Clone();
                foreach (var ruby in article.QuerySelectorAll("ruby").ToList())
                {
                    ruby.Remove();
                }

                var bare = article.TextContent.Where(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF').ToArray();
                if (bare.Length > 0)
                {
                    failures.Add($"{url}: kanji without furigana: {new string(bare)}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        // The 27 catalog guides and the two offline-pack pages (phrase cards, what to do now).
        Assert.Equal(29 * 12, pages);
    }
}
