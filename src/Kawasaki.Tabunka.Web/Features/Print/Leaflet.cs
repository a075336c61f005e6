using System.Text.RegularExpressions;
using QRCoder;

namespace Kawasaki.Tabunka.Web.Features.Print;

/// <summary>The pieces of a printed leaflet: the body cut into its sections, and the QR code.</summary>
public static partial class Leaflet
{
    /// <summary>
    /// A rendered guide body cut before each <c>&lt;h2</c>: the text before the first heading,
    /// then one part per section, so that two languages can stand side by side section by
    /// section (translations have the same sections as their source; the check sees to that).
    /// </summary>
    public static IReadOnlyList<string> Sections(string html)
    {
        var starts = SectionStart().Matches(html).Select(m => m.Index).ToList();
        var parts = new List<string>();
        var from = 0;
        foreach (var start in starts)
        {
            parts.Add(html[from..start]);
            from = start;
        }

        parts.Add(html[from..]);
        return parts;
    }

    /// <summary>The QR code of <paramref name="url"/> as an SVG image, drawn on the server.</summary>
    public static string QrSvg(string url, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return "<svg role=\"img\" aria-label=\"" + System.Net.WebUtility.HtmlEncode(label) + "\"" + svg[(start + 4)..];
    }

    [GeneratedRegex("<h2[ >]")]
    private static partial Regex SectionStart();
}
