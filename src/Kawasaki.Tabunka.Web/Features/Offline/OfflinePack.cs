using Kawasaki.Tabunka.Core;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Web.Features.Offline;

/// <summary>
/// What "Save for offline" keeps on a phone, in one language: the home page, the disaster and
/// consultation topics with every guide in them (the cards to show in Japanese and what to do
/// in an earthquake among them), the places those guides send people to, and the offline
/// page. The service worker also keeps the stylesheet and scripts these pages load.
/// </summary>
public static class OfflinePack
{
    /// <summary>The topics whose guides a resident needs when the network is gone.</summary>
    public static readonly string[] PackTopics = ["disaster", "consultation"];

    public sealed record Page(string Url, string Title);

    public static IReadOnlyList<Page> For(Language reader, GuideLibrary library, LanguageRegistry languages, Func<string, string> text)
    {
        var pages = new List<Page>
        {
            new(SiteUrls.Home(reader.Id), text("Site.Name")),
        };

        var placeIds = new List<string>();
        foreach (var topic in PackTopics)
        {
            pages.Add(new(SiteUrls.Topic(reader.Id, topic), text($"Topic.{topic}.Name")));
            foreach (var guide in library.InTopic(topic))
            {
                var version = guide.BestFor(reader, languages);
                pages.Add(new(SiteUrls.Guide(reader.Id, guide.Topic, guide.Id), version.FrontMatter.Title.PlainText));
                var body = guide.BodyFor(reader, languages);
                placeIds.AddRange(version.FrontMatter.Places.Select(p => p.Id));
                placeIds.AddRange(body.Markdown.Links.Where(l => l.Kind == Core.Markdown.ContentLinkKind.Place).Select(l => l.Id));
            }
        }

        foreach (var id in placeIds.Distinct(StringComparer.Ordinal))
        {
            if (library.Places.Find(id) is not { } place)
            {
                continue;
            }

            pages.Add(new(SiteUrls.Place(reader.Id, place.Id), place.TextFor(reader)?.Text.Name.PlainText ?? place.OfficialName));
            foreach (var member in place.Members.Select(library.Places.Find).OfType<Core.Places.Place>())
            {
                pages.Add(new(SiteUrls.Place(reader.Id, member.Id), member.TextFor(reader)?.Text.Name.PlainText ?? member.OfficialName));
            }
        }

        pages.Add(new(SiteUrls.Offline(reader.Id), text("Offline.Title")));
        return pages.DistinctBy(p => p.Url).ToList();
    }
}
