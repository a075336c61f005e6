using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Kawasaki.Tabunka.Web.Features.Search;
using Kawasaki.Tabunka.Web.Features.Staff;
using Kawasaki.Tabunka.Web.Localization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Kawasaki.Tabunka.Web.Hosting;

public static class WebServiceCollectionExtensions
{
    /// <summary>The site: Razor components, localization, compression, health, proxies.</summary>
    public static IServiceCollection AddTabunkaWeb(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddStaffArea();

        // Write every script as UTF-8 text, not as &#x...; entities: Japanese or Thai pages
        // would otherwise be two to three times larger on the wire.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddHttpContextAccessor();

        services.AddSingleton<UrlLanguageCultureProvider>();
        services.AddSingleton<SiteOrigin>();
        services.AddScoped<RequestLanguage>();
        services.AddSingleton<RequestLanguageMiddleware>();
        services.AddScoped<IStringLocalizer>(sp => new TabunkaStringLocalizer(
            sp.GetRequiredService<Core.Localization.LocaleCatalog>(), () => sp.GetRequiredService<RequestLanguage>().Current));

        services.AddSearchRateLimiting();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));

        services.AddResponseCompression(options =>
        {
            // Public pages carry no secrets, so compressing them over HTTPS is safe; the staff
            // area (which carries antiforgery tokens) is excluded in the pipeline instead.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/xml", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        // X-Forwarded-For and -Proto are believed only from the proxies the operator names
        // (Tabunka:Proxy); nobody's by default, not even loopback's, since any local program
        // could send them. X-Forwarded-Host is never used: public links come from
        // Tabunka:PublicOrigin (SiteOrigin).
        services.AddOptions<ForwardedHeadersOptions>().Configure<Microsoft.Extensions.Options.IOptions<Core.Configuration.TabunkaOptions>>((options, tabunka) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in tabunka.Value.Proxy.KnownProxies)
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            foreach (var network in tabunka.Value.Proxy.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        services.AddOutputCache(options =>
        {
            options.AddBasePolicy(new Caching.PublicPagePolicy());
            // Every page in every language in its three encodings is a few megabytes; the
            // limit bounds what made-up search queries can take.
            options.SizeLimit = 64 * 1024 * 1024;
        });
        services.AddHostedService(sp => new LocalesWatch(
            [sp.GetRequiredService<Core.Localization.LocaleCatalog>(), sp.GetRequiredKeyedService<Core.Localization.LocaleCatalog>(StaffArea.StaffLocales)],
            sp.GetRequiredService<ILogger<LocalesWatch>>()));
        services.AddSingleton<Caching.SiteVersion>();
        services.AddHostedService(sp => sp.GetRequiredService<Caching.SiteVersion>());
        services.TryAddSingleton(TimeProvider.System);
        // Does nothing unless Tabunka:Mirror:Path is set.
        services.AddHostedService<MirrorRefresher>();

        services.AddSingleton<Features.Sitemap.ISitemapSource, Features.Sitemap.SiteSectionsSitemapSource>();
        services.AddSingleton<Features.Sitemap.ISitemapSource, Features.Guides.GuidesSitemapSource>();
        services.AddSingleton<Features.Sitemap.ISitemapSource, Features.Places.PlacesSitemapSource>();
        // /healthz (liveness): the site can serve pages. /readyz: and search is warm.
        services.AddHealthChecks()
            .AddCheck<LocalesHealthCheck>("locales", tags: [HealthTags.Live])
            .AddCheck<Features.Guides.ContentHealthCheck>("content", tags: [HealthTags.Live])
            .AddCheck<SearchHealthCheck>("search")
            .AddCheck<StaffDatabaseHealthCheck>("staff-database");
        return services;
    }
}
