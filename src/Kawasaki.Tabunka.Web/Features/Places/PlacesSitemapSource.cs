using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Places;
using Kawasaki.Tabunka.Web.Features.Sitemap;

namespace Kawasaki.Tabunka.Web.Features.Places;

/// <summary>The places directory and every place's page, once per language.</summary>
public sealed class PlacesSitemapSource(ContentStore store) : ISitemapSource
{
    public IEnumerable<string> PagePaths() =>
        store.Current.Places.All.Select(p => $"{PlaceDirectory.FolderName}/{p.Id}").Prepend($"{PlaceDirectory.FolderName}/");
}
