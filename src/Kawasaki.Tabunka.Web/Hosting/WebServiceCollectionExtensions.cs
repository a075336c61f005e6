using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Kawasaki.Tabunka.Web.Features.Search;
using Kawasaki.Tabunka.Web.Features.Staff;
using Kawasaki.Tabunka.Web.Localization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;
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
        services.AddScoped<RequestLanguage>();
        services.AddScoped<IStringLocalizer, TabunkaStringLocalizer>();
        services.AddScoped(typeof(IStringLocalizer<>), typeof(TabunkaStringLocalizer<>));

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

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Behind the reverse proxy on the same host (the documented deployment), trust
            // its X-Forwarded-* headers; loopback proxies are trusted by default.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        });

        services.AddSingleton<Features.Sitemap.ISitemapSource, Features.Sitemap.SiteSectionsSitemapSource>();
        services.AddSingleton<Features.Sitemap.ISitemapSource, Features.Guides.GuidesSitemapSource>();
        services.AddHealthChecks()
            .AddCheck<LocalesHealthCheck>("locales")
            .AddCheck<Features.Guides.ContentHealthCheck>("content")
            .AddCheck<SearchHealthCheck>("search");
        return services;
    }
}
