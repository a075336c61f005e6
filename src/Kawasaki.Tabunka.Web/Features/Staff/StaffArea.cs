using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Staff;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Web.Features.Staff;

/// <summary>The staff area: sign-in with ASP.NET Core Identity, its database, its pages.</summary>
public static class StaffArea
{
    public const string LoginPath = "/staff/login";
    public const string PasswordPath = "/staff/account/password";

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
            cookie.LoginPath = LoginPath;
            cookie.LogoutPath = "/staff/logout";
            cookie.AccessDeniedPath = "/staff/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        // Requests check the security stamp every 30 seconds (Tabunka:Staff:SessionCheckSeconds):
        // a disabled account's sessions end.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IConfiguration>((o, configuration) =>
            o.ValidationInterval = TimeSpan.FromSeconds(configuration.GetValue("Tabunka:Staff:SessionCheckSeconds", 30)));
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, StaffAuthenticationStateProvider>();
        services.AddSingleton(sp => StaffStrings.Load(sp.GetRequiredService<IOptions<TabunkaOptions>>().Value.LocalesPath!));
        services.AddScoped<Microsoft.AspNetCore.Components.Forms.AntiforgeryStateProvider, StaffOnlyAntiforgeryStateProvider>();
        services.AddScoped<StaffText>();
        services.AddScoped<StaffSession>();
        services.AddHostedService<StaffDatabaseInitializer>();
        return services;
    }

    public static WebApplication UseStaffArea(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<PasswordChangeMiddleware>();
        return app;
    }

    /// <summary>Creates and migrates the staff database at start.</summary>
    private sealed class StaffDatabaseInitializer(IServiceScopeFactory scopes) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            await StaffDatabase.MigrateAsync(
                scope.ServiceProvider.GetRequiredService<IDbContextFactory<StaffDbContext>>(),
                scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
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
            && path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments(StaffArea.PasswordPath, StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/staff/logout", StringComparison.OrdinalIgnoreCase)
            && await users.GetUserAsync(context.User) is { MustChangePassword: true })
        {
            context.Response.Redirect(StaffArea.PasswordPath);
            return;
        }

        await next(context);
    }
}
