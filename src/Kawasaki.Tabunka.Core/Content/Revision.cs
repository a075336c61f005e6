using System.Security.Cryptography;
using System.Text;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// The revision of a guide text: the first 8 hex digits of SHA-256 over the body after the
/// front matter, with line endings made LF, trailing whitespace trimmed from every line and
/// blank lines at the start and end removed. Front matter (date, keywords) is not part of it,
/// so editing it does not outdate translations.
/// </summary>
public static class Revision
{
    public static string Of(string body)
    {
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => l.TrimEnd());
        var normalized = string.Join("\n", lines).Trim('\n');
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalized));
        return Convert.ToHexStringLower(hash)[..8];
    }

    public static bool IsWellFormed(string? revision) =>
        revision is { Length: 8 } && revision.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
