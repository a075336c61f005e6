using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Staff.Accounts;
using Kawasaki.Tabunka.Staff.Audit;
using Kawasaki.Tabunka.Staff.Data;
using Kawasaki.Tabunka.Staff.Drafts;
using Kawasaki.Tabunka.Staff.History;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Staff;

public static class StaffServiceCollectionExtensions
{
    public const string DatabaseFileName = "staff.db";

    /// <summary>
    /// The staff database (SQLite in the data path), ASP.NET Core Identity's user store with
    /// the project's password and lockout rules, and the draft, publish, history, audit and
    /// account services. The web host adds sign-in on top.
    /// </summary>
    public static IdentityBuilder AddTabunkaStaff(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<StaffDbContext>((sp, options) =>
        {
            var data = sp.GetRequiredService<IOptions<TabunkaOptions>>().Value.DataPath!;
            Directory.CreateDirectory(data);
            options.UseSqlite($"Data Source={Path.Combine(data, DatabaseFileName)}");
        });
        services.AddSingleton<PublishedFiles>();
        services.AddSingleton<Editing.ContentChecks>();
        services.AddSingleton<StaffAccounts>();
        services.AddSingleton<Banner.BannerService>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<DraftService>();
        services.AddSingleton<PublishService>();
        services.AddSingleton<HistoryService>();
        services.AddScoped<UserAdmin>();
        return services.AddIdentityCore<StaffUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<StaffDbContext>();
    }

    /// <summary>
    /// Passwords of at least 12 characters, without composition rules. Identity's lock-out stays
    /// on only for accounts an operator disables (their lock-out end is set far ahead); wrong
    /// passwords slow the next attempts down instead (<see cref="SignInThrottle"/>), because a
    /// lock-out after five tries is a switch anyone outside can flip on a colleague's account.
    /// </summary>
    public static void ConfigureIdentity(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    }
}
