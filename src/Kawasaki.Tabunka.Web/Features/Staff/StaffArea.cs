using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Localization;
using Kawasaki.Tabunka.Staff;
using Kawasaki.Tabunka.Staff.Data;
using Kawasaki.Tabunka.Staff.Drafts;
using Kawasaki.Tabunka.Web.Localization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Web.Features.Staff;

/// <summary>The staff area: sign-in with ASP.NET Core Identity, its database, its pages and strings.</summary>
public static class StaffArea
{
    /// <summary>Largest form a staff page posts without a live connection (sign-in, password): nothing near a megabyte.</summary>
    public const long MaxFormBytes = 16 * 1024;

    public static IServiceCollection AddStaffArea(this IServiceCollection services)
    {
        services.AddTabunkaStaff().AddSignInManager();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "tabunka-staff";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.LoginPath = StaffUrls.Login;
            cookie.LogoutPath = StaffUrls.Logout;
            cookie.AccessDeniedPath = StaffUrls.Denied;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });

        // Cookies are checked against the account's security stamp as often as
        // Tabunka:Staff:SessionCheckSeconds says (every request by default): signing out,
        // a new password, a new role or a disabled account ends every other session.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<TabunkaOptions>>((o, tabunka) =>
            o.ValidationInterval = TimeSpan.FromSeconds(tabunka.Value.Staff.SessionCheckSeconds));

        // The keys that protect sign-in cookies and antiforgery tokens live with the data, so
        // a restart or a new container does not sign everyone out; with PostgreSQL they live in
        // the shared database, so a cookie made by one node is read by every other.
        services.AddDataProtection().SetApplicationName("kawasaki-tabunka");
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<IOptions<TabunkaOptions>, IServiceProvider>((o, tabunka, sp) =>
            {
                // With several nodes keys are made in one place only (SharedKeyRing).
                o.AutoGenerateKeys = !tabunka.Value.Database.IsPostgreSql;
                o.XmlRepository = tabunka.Value.Database.IsPostgreSql
                    ? new Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.EntityFrameworkCoreXmlRepository<StaffDbContext>(sp, sp.GetRequiredService<ILoggerFactory>())
                    : new Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository(
                        Directory.CreateDirectory(Path.Combine(tabunka.Value.DataPath!, "keys")), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
            });
        services.AddSingleton<SharedKeyRing>();
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, StaffAuthenticationStateProvider>();
        services.AddScoped<Microsoft.AspNetCore.Components.Forms.AntiforgeryStateProvider, StaffOnlyAntiforgeryStateProvider>();
        services.AddScoped<StaffSession>();
        services.AddScoped<StaffSignIn>();

        // One localization for the whole site: the staff pages ask IStringLocalizer<StaffStrings>
        // for the staff strings (locales/staff) in the person's staff language.
        services.AddKeyedSingleton(StaffLocales, (sp, _) => LocaleCatalog.Load(
            Path.Combine(sp.GetRequiredService<IOptions<TabunkaOptions>>().Value.LocalesPath!, "staff"),
            sp.GetRequiredService<LanguageRegistry>()));
        services.AddScoped<IStringLocalizer<StaffStrings>>(sp => new TabunkaStringLocalizer<StaffStrings>(
            sp.GetRequiredKeyedService<LocaleCatalog>(StaffLocales),
            () => sp.GetRequiredService<StaffSession>().Language));
        services.AddSingleton<Kawasaki.Tabunka.Search.IZeroResultShare, Hosting.SharedZeroResults>();
        services.AddSingleton<StaffDatabaseReady>();
        services.AddHostedService<StaffDatabaseInitializer>();
        return services;
    }

    public static WebApplication UseStaffArea(this WebApplication app)
    {
        app.UseWhen(c => StaffUrls.Contains(c.Request.Path) || c.Request.Path.StartsWithSegments("/_blazor"), staff => staff.Use(async (context, next) =>
        {
            if (StaffUrls.Contains(context.Request.Path) && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxFormBytes;
            }

            // The first seconds after a start: the database may still be migrating.
            await context.RequestServices.GetRequiredService<StaffDatabaseReady>().Task.WaitAsync(TimeSpan.FromSeconds(60), context.RequestAborted);
            await next(context);
        }));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<PasswordChangeMiddleware>();
        return app;
    }

    internal const string StaffLocales = "staff";

    /// <summary>
    /// Creates and migrates the staff database, and finishes any publish a crash interrupted,
    /// once the site is listening: public pages need no database, so they are served while it
    /// runs, and staff requests wait for it (<see cref="StaffDatabaseReady"/>). With PostgreSQL
    /// it tries again until the database answers (a node may start while the database is down:
    /// it serves the copy of the content it has), then follows the shared content
    /// (<see cref="Kawasaki.Tabunka.Staff.Cluster.SharedContentSync"/>) until the site stops.
    /// </summary>
    private sealed class StaffDatabaseInitializer(IServiceScopeFactory scopes, PublishService publisher, StaffDatabaseReady ready, Kawasaki.Tabunka.Staff.Cluster.SharedContentSync sync,
        SharedKeyRing keyRing, IOptions<TabunkaOptions> options, IHostApplicationLifetime lifetime, ILogger<PublishService> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStarted.Register(() => ready.Start(InitializeAsync));
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        private async Task InitializeAsync()
        {
            var shared = options.Value.Database.IsPostgreSql;
            while (true)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await StaffDatabase.MigrateAsync(
                        scope.ServiceProvider.GetRequiredService<IDbContextFactory<StaffDbContext>>(),
                        scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
                    if (shared)
                    {
                        await keyRing.EnsureAsync(lifetime.ApplicationStopping);
                    }

                    break;
                }
                catch (Exception e) when (shared && Kawasaki.Tabunka.Staff.Cluster.DatabaseErrors.IsUnavailable(e) && !lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    logger.LogError("The shared database cannot be reached at start ({Reason}); trying again", e.Message);
                    await Task.Delay(TimeSpan.FromSeconds(2), lifetime.ApplicationStopping);
                }
            }

            if (await publisher.RecoverAsync() is > 0 and var recovered)
            {
                logger.LogWarning("Finished {Count} publish(es) that an earlier stop interrupted", recovered);
            }

            if (shared)
            {
                _ = Task.Run(() => sync.RunAsync(lifetime.ApplicationStopping));
                _ = Task.Run(() => KeepKeysAsync(lifetime.ApplicationStopping));
            }
        }

        private async Task KeepKeysAsync(CancellationToken stop)
        {
            using var hourly = new PeriodicTimer(TimeSpan.FromHours(1));
            while (await WaitAsync(hourly, stop))
            {
                try
                {
                    await keyRing.EnsureAsync(stop);
                }
                catch (Exception e) when (Kawasaki.Tabunka.Staff.Cluster.DatabaseErrors.IsUnavailable(e))
                {
                    logger.LogWarning("Could not check the data-protection keys ({Reason}); trying again in an hour", e.Message);
                }
            }
        }

        /// <summary>False once the site stops.</summary>
        private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stop)
        {
            try
            {
                return await timer.WaitForNextTickAsync(stop);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }
}

/// <summary>The staff database's start-up work; staff requests and <c>/readyz</c> wait for it.</summary>
public sealed class StaffDatabaseReady
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Task => _done.Task;

    internal void Start(Func<Task> work) => _ = Task.Run(async () =>
    {
        try
        {
            await work();
            _done.TrySetResult();
        }
        catch (Exception e)
        {
            _done.TrySetException(e);
        }
    });
}

/// <summary>
/// Someone signed in with a one-time password goes to the password page before anything
/// else in the staff area.
/// </summary>
public sealed class PasswordChangeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, UserManager<StaffUser> users)
    {
        var path = context.Request.Path;
        if (context.User.Identity?.IsAuthenticated == true
            && StaffUrls.Contains(path)
            && !path.StartsWithSegments(StaffUrls.Password, StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments(StaffUrls.Logout, StringComparison.OrdinalIgnoreCase)
            && await users.GetUserAsync(context.User) is { MustChangePassword: true })
        {
            context.Response.Redirect(StaffUrls.Password);
            return;
        }

        await next(context);
    }
}

/// <summary>
/// Ready once the staff database is migrated and interrupted publishes are finished. With
/// PostgreSQL a database that does not answer makes the node degraded, never unready: it still
/// serves every public page from its copy, so a load balancer must keep sending readers to it;
/// the body says what is wrong.
/// </summary>
public sealed class StaffDatabaseHealthCheck(StaffDatabaseReady ready, Kawasaki.Tabunka.Staff.Cluster.SharedContentSync sync, IOptions<TabunkaOptions> options) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.Database.IsPostgreSql)
        {
            return Task.FromResult(ready.Task.Status != TaskStatus.RanToCompletion
                ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Degraded("the shared database is not reached yet; public pages are served from this node's copy, staff changes wait")
                : sync.UnreachableSince is { } since
                    ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Degraded($"the shared database has not answered since {since:yyyy-MM-ddTHH:mm:ssZ}; public pages are served from this node's copy, staff changes fail")
                    : sync.Connected
                        ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy("the shared database answers")
                        : Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Degraded("comparing this node's copy with the shared database"));
        }

        return Task.FromResult(ready.Task.Status switch
        {
            TaskStatus.RanToCompletion => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy(),
            TaskStatus.Faulted => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy("the staff database could not be prepared", ready.Task.Exception),
            _ => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy("the staff database is being prepared"),
        });
    }
}
