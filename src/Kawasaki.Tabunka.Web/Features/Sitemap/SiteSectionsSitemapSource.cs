using Kawasaki.Tabunka.Core.Content;

namespace Kawasaki.Tabunka.Web.Features.Sitemap;

/// <summary>The pages every site has whatever its content: home, topics, privacy.</summary>
public sealed class SiteSectionsSitemapSource : ISitemapSource
{
    public IEnumerable<string> PagePaths() =>
        Topics.All.Select(t => t + "/").Prepend("").Append("privacy");
}
