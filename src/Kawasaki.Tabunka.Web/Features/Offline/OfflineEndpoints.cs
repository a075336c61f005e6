using System.Security.Cryptography;
using System.Text;
using Kawasaki.Tabunka.Core;
using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Localization;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Web.Features.Offline;

/// <summary>
/// The web app around the plain pages: the manifest per language, the list of pages a phone
/// keeps for offline use, and the service worker (<c>/sw.js</c>) — or, with
/// <c>Tabunka:Offline:Enabled=false</c>, a worker that removes itself and every copy it kept.
/// </summary>
public static class OfflineEndpoints
{
    public const string WorkerPath = "/sw.js";

    public static IEndpointRouteBuilder MapOffline(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/{lang}/manifest.webmanifest", Hosting.ReadMethods.All, Manifest);
        app.MapMethods("/{lang}/offline-pack.json", Hosting.ReadMethods.All, Pack);
        app.MapMethods(WorkerPath, Hosting.ReadMethods.All, Worker);
        return app;
    }

    private static IResult Manifest(string lang, LanguageRegistry languages, LocaleCatalog strings)
    {
        if (!languages.TryGet(lang, out var language))
        {
            return Results.NotFound();
        }

        var name = strings.Find(language.Id, "Site.Name") ?? "Kawasaki";
        return Results.Json(
            new
            {
                name,
                short_name = name,
                lang = language.HtmlLang,
                dir = language.Dir,
                start_url = SiteUrls.Home(language.Id),
                scope = "/",
                display = "standalone",
                background_color = "#ffffff",
                theme_color = "#0a50b4",
                icons = new[] { new { src = "/icon.svg", sizes = "any", type = "image/svg+xml", purpose = "any" } },
            },
            contentType: "application/manifest+json");
    }

    private static IResult Pack(string lang, LanguageRegistry languages, ContentStore content, LocaleCatalog strings)
    {
        if (!languages.TryGet(lang, out var language))
        {
            return Results.NotFound();
        }

        var pages = OfflinePack.For(language, content.Current, languages, key => strings.Find(language.Id, key) ?? key);
        return Results.Json(new { lang = language.Id, version = OfflinePack.Version(pages), pages = pages.Select(p => new { url = p.Url, title = p.Title }) });
    }

    private static IResult Worker(HttpContext context, IOptions<TabunkaOptions> options)
    {
        var script = options.Value.Offline.Enabled ? Script.Value : KillSwitch;
        // Browsers check for a new worker at least daily; no-cache makes them check every time.
        context.Response.Headers.CacheControl = "no-cache";
        return Results.Text(script, "text/javascript", Encoding.UTF8);
    }

    /// <summary>The worker with its version: a hash of its own text, so every change to it is a new worker.</summary>
    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(OfflineEndpoints).Assembly.GetManifestResourceStream("sw.js")
            ?? throw new InvalidOperationException("sw.js is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();
        var version = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 6).ToLowerInvariant();
        return text.Replace("__VERSION__", version, StringComparison.Ordinal);
    });

    /// <summary>Served instead of the worker when offline support is switched off: removes every
    /// copy and unregisters, so a broken worker can always be undone from the server.</summary>
    private const string KillSwitch = """
        // Offline support is switched off (Tabunka:Offline:Enabled=false): remove every copy and this worker.
        self.addEventListener('install', () => self.skipWaiting());
        self.addEventListener('activate', (event) => {
          event.waitUntil((async () => {
            for (const key of await caches.keys()) await caches.delete(key);
            await self.registration.unregister();
            for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
          })());
        });
        """;
}
