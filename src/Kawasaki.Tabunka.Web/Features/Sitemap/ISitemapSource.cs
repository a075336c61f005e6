namespace Kawasaki.Tabunka.Web.Features.Sitemap;

/// <summary>
/// Contributes public pages to <c>/sitemap.xml</c>. Every public page exists in every
/// language (a missing guide falls back), so a source gives each page once, as its path
/// after the language segment: <c>""</c> for the home, <c>"disaster/"</c>, <c>"disaster/call-119"</c>.
/// </summary>
public interface ISitemapSource
{
    IEnumerable<string> PagePaths();
}
