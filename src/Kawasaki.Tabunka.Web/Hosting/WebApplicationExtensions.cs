using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Web.Components;
using Kawasaki.Tabunka.Web.Features.Offline;
using Kawasaki.Tabunka.Web.Features.Print;
using Kawasaki.Tabunka.Web.Features.Search;
using Kawasaki.Tabunka.Web.Features.Sitemap;
using Kawasaki.Tabunka.Web.Features.Staff;
using Kawasaki.Tabunka.Web.Localization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

namespace Kawasaki.Tabunka.Web.Hosting;

public static class WebApplicationExtensions
{
    /// <summary>The request pipeline, in order.</summary>
    public static WebApplication UseTabunkaWeb(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorResponse.WriteAsync });
        // This host's own logger, not Serilog's static one, which the last host built in the
        // process would own (a test run builds more than one).
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseMiddleware<RequestLanguageMiddleware>();
        app.UseMiddleware<CanonicalUrlMiddleware>();
        // Validators and Cache-Control first (a 304 costs no render), then our cache of the
        // compressed bytes, then compression: a cached page is compressed once per version.
        app.UseMiddleware<Caching.HttpCachingMiddleware>();
        app.UseOutputCache();
        // Pages are compressed on the fly; static assets come precompressed from MapStaticAssets.
        // The staff area is left out: its pages carry antiforgery tokens (BREACH).
        app.UseWhen(IsCompressiblePage, branch => branch.UseResponseCompression());

        var languages = app.Services.GetRequiredService<LanguageRegistry>();
        var cultures = languages.All.Select(l => l.CultureName).Distinct().ToArray();
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(languages.Default.CultureName);
            options.AddSupportedCultures(cultures);
            options.AddSupportedUICultures(cultures);
            options.RequestCultureProviders = [app.Services.GetRequiredService<UrlLanguageCultureProvider>()];
        });
        app.UseMiddleware<LanguagePreferenceMiddleware>();
        app.UseRateLimiter();
        app.UseStaffArea();
        app.UseAntiforgery();
        return app;
    }

    private static bool IsCompressiblePage(HttpContext context)
    {
        var path = context.Request.Path;
        return !StaffUrls.Contains(path)
            && (!Path.HasExtension(path.Value) || path.Value!.EndsWith(".xml", StringComparison.Ordinal));
    }

    /// <summary>The endpoints: static assets, health, sitemap, and the Razor components.</summary>
    public static WebApplication MapTabunkaWeb(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(HealthTags.Live) });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { ResponseWriter = HealthReportText.WriteAsync });
        app.MapMethods("/sitemap.xml", ReadMethods.All, SitemapEndpoint.WriteAsync);
        app.MapSearchApi();
        app.MapOffline();
        app.MapPrint();
        app.MapStaffEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().Add(ReadMethods.AllowHead);
        return app;
    }
}
