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

    /// <param name="Stamp">What the page is made of (the guide files it shows, a place's facts),
    /// so that the pack's <see cref="Version"/> changes when any of it does.</param>
    public sealed record Page(string Url, string Title, string Stamp = "");

    /// <summary>
    /// A short hash of the pack's pages and what they are made of. A phone that saved the pack
    /// compares it on its next online visit and saves the pack again when it differs, so a
    /// corrected guide reaches the copies on phones without a new service worker.
    /// </summary>
    public static string Version(IEnumerable<Page> pages)
    {
        var text = string.Join('\n', pages.Select(p => $"{p.Url}\t{p.Title}\t{p.Stamp}"));
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)), 0, 8).ToLowerInvariant();
    }

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
                var body = guide.BodyFor(reader, languages);
                pages.Add(new(SiteUrls.Guide(reader.Id, guide.Topic, guide.Id), version.FrontMatter.Title.PlainText, Revision.Of(version.Text) + Revision.Of(body.Text)));
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

            pages.Add(new(SiteUrls.Place(reader.Id, place.Id), place.TextFor(reader)?.Text.Name.PlainText ?? place.OfficialName, Stamp(place)));
            foreach (var member in place.Members.Select(library.Places.Find).OfType<Core.Places.Place>())
            {
                pages.Add(new(SiteUrls.Place(reader.Id, member.Id), member.TextFor(reader)?.Text.Name.PlainText ?? member.OfficialName, Stamp(member)));
            }
        }

        pages.Add(new(SiteUrls.Offline(reader.Id), text("Offline.Title")));
        return pages.DistinctBy(p => p.Url).ToList();
    }

    private static string Stamp(Core.Places.Place place) =>
        string.Join('|', place.Facts.OrderBy(f => f.Key).Select(f => $"{f.Key}={f.Value.Value}@{f.Value.Verified}"));
}
