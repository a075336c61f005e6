using System.Xml;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Web.Features.Sitemap;

/// <summary><c>/sitemap.xml</c>: every public page in every language, each with its alternates.</summary>
public static class SitemapEndpoint
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public static async Task WriteAsync(HttpContext context, LanguageRegistry languages, IEnumerable<ISitemapSource> sources, Hosting.SiteOrigin siteOrigin)
    {
        var origin = siteOrigin.For(context);
        var pages = sources.SelectMany(s => s.PagePaths()).Distinct(StringComparer.Ordinal).ToList();

        context.Response.ContentType = "application/xml; charset=utf-8";
        var settings = new XmlWriterSettings { Async = true, Indent = false, Encoding = new System.Text.UTF8Encoding(false) };
        await using var writer = XmlWriter.Create(context.Response.Body, settings);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "urlset", SitemapNs);
        await writer.WriteAttributeStringAsync("xmlns", "xhtml", null, XhtmlNs);
        foreach (var page in pages)
        {
            foreach (var language in languages.All)
            {
                await writer.WriteStartElementAsync(null, "url", SitemapNs);
                await writer.WriteElementStringAsync(null, "loc", SitemapNs, Url(origin, language, page));
                foreach (var alternate in languages.All)
                {
                    await writer.WriteStartElementAsync("xhtml", "link", XhtmlNs);
                    await writer.WriteAttributeStringAsync(null, "rel", null, "alternate");
                    await writer.WriteAttributeStringAsync(null, "hreflang", null, alternate.HrefLang);
                    await writer.WriteAttributeStringAsync(null, "href", null, Url(origin, alternate, page));
                    await writer.WriteEndElementAsync();
                }

                await writer.WriteEndElementAsync();
            }
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
    }

    private static string Url(string origin, Language language, string page) => $"{origin}/{language.Id}/{page}";
}
