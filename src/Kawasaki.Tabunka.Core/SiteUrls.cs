namespace Kawasaki.Tabunka.Core;

/// <summary>
/// The public URLs of the contracts, built in one place. All are lower case and relative;
/// a topic ends with a slash, a guide does not.
/// </summary>
public static class SiteUrls
{
    public static string Home(string lang) => $"/{lang}/";

    public static string Topic(string lang, string topic) => $"/{lang}/{topic}/";

    public static string Guide(string lang, string topic, string id) => $"/{lang}/{topic}/{id}";

    public static string Search(string lang) => $"/{lang}/search";

    public static string Search(string lang, string query) => $"/{lang}/search?q={Uri.EscapeDataString(query)}";

    public static string Privacy(string lang) => $"/{lang}/privacy";

    /// <summary>The places directory: every place by kind and ward.</summary>
    public static string Places(string lang) => $"/{lang}/places/";

    public static string Place(string lang, string id) => $"/{lang}/places/{id}";

    /// <summary>A guide's language-neutral address (the QR code of a leaflet): it opens the guide
    /// in the phone's remembered or browser language.</summary>
    public static string ShortLink(string id) => $"/g/{id}";

    /// <summary>A guide's printable leaflet: this language beside easy Japanese, or <paramref name="with"/>.</summary>
    public static string Print(string lang, string topic, string id, string? with = null) =>
        $"/{lang}/{topic}/{id}/print" + (with is null ? "" : $"?with={with}");

    /// <summary>The page a phone shows for a page that is not saved while offline.</summary>
    public static string Offline(string lang) => $"/{lang}/offline";

    /// <summary>The list of pages that "Save for offline" keeps on the phone.</summary>
    public static string OfflinePack(string lang) => $"/{lang}/offline-pack.json";

    /// <summary>The web app manifest: the site's name and start page in that language.</summary>
    public static string Manifest(string lang) => $"/{lang}/manifest.webmanifest";

    /// <summary>
    /// The same page in another language: <c>/en/disaster/</c> → <c>/ne/disaster/</c>. A path
    /// that does not start with a language segment gives that language's home.
    /// </summary>
    public static string SwitchLanguage(string path, string currentLang, string targetLang)
    {
        var prefix = $"/{currentLang}/";
        return path.StartsWith(prefix, StringComparison.Ordinal)
            ? $"/{targetLang}/{path[prefix.Length..]}"
            : Home(targetLang);
    }
}
