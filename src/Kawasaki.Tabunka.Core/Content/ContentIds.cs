using System.Text.RegularExpressions;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>Ids of guides and places: lower-case words joined by hyphens, as they appear in URLs.</summary>
public static partial class ContentIds
{
    public static bool IsValid(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
