namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>
/// Which link targets survive in a guide: <c>http</c>, <c>https</c>, <c>mailto</c>, <c>tel</c>,
/// <c>guide</c>, <c>place</c> and relative links; everything else (<c>javascript:</c>, <c>data:</c>,
/// <c>vbscript:</c>, <c>file:</c>...) is dropped, whatever its case or hidden whitespace.
/// </summary>
internal static class LinkPolicy
{
    private static readonly HashSet<string> LinkSchemes = new(StringComparer.Ordinal) { "http", "https", "mailto", "tel", ContentLinkExtension.GuideScheme, ContentLinkExtension.PlaceScheme };
    private static readonly HashSet<string> ImageSchemes = new(StringComparer.Ordinal) { "http", "https" };

    /// <summary>The scheme of <paramref name="url"/> in lower case, or null for a relative URL.</summary>
    public static string? Scheme(string url)
    {
        // Browsers ignore ASCII whitespace and control characters inside a scheme
        // ("java\tscript:"), so they are removed before the scheme is read.
        var cleaned = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        var pathStart = cleaned.IndexOfAny(['/', '?', '#']);
        if (colon <= 0 || (pathStart >= 0 && pathStart < colon))
        {
            return colon == 0 ? "" : null;
        }

        return cleaned[..colon].ToLowerInvariant();
    }

    public static bool IsAllowedLink(string? url) => url is not null && (Scheme(url) is not { } scheme || LinkSchemes.Contains(scheme));

    public static bool IsAllowedImage(string? url) => url is not null && (Scheme(url) is not { } scheme || ImageSchemes.Contains(scheme));
}
