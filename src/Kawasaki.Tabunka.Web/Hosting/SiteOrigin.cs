using Kawasaki.Tabunka.Core.Configuration;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Web.Hosting;

/// <summary>
/// The scheme and host that absolute links (canonical, alternates, sitemap) are written with:
/// <c>Tabunka:PublicOrigin</c> when set; otherwise the request's own, which is only ever
/// <c>http</c> or <c>https</c> (a forged <c>X-Forwarded-Proto: javascript</c> cannot make a
/// <c>javascript:</c> link) and a host the host filter (<c>AllowedHosts</c>) let through.
/// </summary>
public sealed class SiteOrigin(IOptions<TabunkaOptions> options)
{
    public string For(HttpContext? context)
    {
        if (options.Value.PublicOrigin is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/');
        }

        if (context is null || !context.Request.Host.HasValue)
        {
            return "";
        }

        var scheme = context.Request.IsHttps ? "https" : "http";
        return $"{scheme}://{context.Request.Host.ToUriComponent()}";
    }
}
