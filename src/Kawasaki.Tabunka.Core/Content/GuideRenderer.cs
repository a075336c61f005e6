using System.Collections.Concurrent;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Localization;
using Kawasaki.Tabunka.Core.Markdown;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// Renders guide bodies for readers: guide and place links in the reader's language, callout titles in
/// the text's language, furigana on or off. Results are cached per library generation, so a
/// page view costs a dictionary lookup and a reload starts a fresh cache.
/// </summary>
public sealed class GuideRenderer(ContentStore store, LocaleCatalog strings, LanguageRegistry languages)
{
    private (long Generation, ConcurrentDictionary<(string Path, string Reader, bool Furigana), RenderedMarkdown> Cache) _cache = (-1, new());

    public RenderedMarkdown Render(GuideVersion version, Language reader, bool furigana)
    {
        var library = store.Current;
        var cache = _cache;
        if (cache.Generation != library.Generation)
        {
            cache = (library.Generation, new());
            _cache = cache;
        }

        return cache.Cache.GetOrAdd((version.Path, reader.Id, furigana), _ => GuideMarkdown.Render(
            version.Markdown,
            new GuideRenderOptions(
                furigana,
                (kind, id) => kind switch
                {
                    ContentLinkKind.Guide => library.Find(id) is { } target ? SiteUrls.Guide(reader.Id, target.Topic, target.Id) : null,
                    _ => library.Places.Find(id) is not null ? SiteUrls.Place(reader.Id, id) : null,
                },
                kind => strings.Find(version.Language, $"Callout.{kind}") ?? kind,
                languages.Get(version.Language).Script)));
    }
}
