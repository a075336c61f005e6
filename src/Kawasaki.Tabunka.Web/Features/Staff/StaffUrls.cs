using Kawasaki.Tabunka.Staff;

namespace Kawasaki.Tabunka.Web.Features.Staff;

/// <summary>
/// The URLs of the staff area, built in one place beside <see cref="Core.SiteUrls"/>. The
/// <c>@page</c> directives must spell their routes out; a test checks that every URL made
/// here is answered by a page.
/// </summary>
public static class StaffUrls
{
    public const string Root = "/staff";
    public const string Login = "/staff/login";
    public const string Logout = "/staff/logout";
    public const string Denied = "/staff/denied";
    public const string Password = "/staff/account/password";
    public const string UiLanguage = "/staff/ui-language";
    public const string NewGuide = "/staff/new";
    public const string Banner = "/staff/banner";
    public const string Audit = "/staff/audit";
    public const string Places = "/staff/places";
    public const string FactsNeeded = "/staff/facts";

    /// <summary>The editor of a guide or place file.</summary>
    public static string Edit(ContentKey key) =>
        key.IsPlace ? $"/staff/places/{key.GuideId}/{key.Language}" : $"/staff/edit/{key.Topic}/{key.GuideId}/{key.Language}";

    public static string History(ContentKey key) => $"/staff/history/{key.Topic}/{key.GuideId}/{key.Language}";

    /// <summary>Whether a request is for the staff area: the one test every part of the site uses.</summary>
    public static bool Contains(PathString path) => path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where to go after signing in or switching language: a path inside the staff area, never
    /// another site (<c>//evil</c>, <c>/\evil</c>) and never the sign-in page itself.
    /// </summary>
    public static string SafeReturnUrl(string? url) =>
        url is { Length: > 1 } && url.StartsWith(Root, StringComparison.Ordinal) && Contains(new PathString(url.Split('?', '#')[0]))
            && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            && !url.StartsWith(Login, StringComparison.Ordinal)
            ? url
            : Root;
}
