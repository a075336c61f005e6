using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Web.Features.Sitemap;

namespace Kawasaki.Tabunka.Web.Features.Guides;

/// <summary>Every guide, once per language (a missing translation falls back).</summary>
public sealed class GuidesSitemapSource(ContentStore store) : ISitemapSource
{
    public IEnumerable<string> PagePaths() => store.Current.Guides.Select(g => $"{g.Topic}/{g.Id}");
}
