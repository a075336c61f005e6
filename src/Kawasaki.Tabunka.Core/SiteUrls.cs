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
