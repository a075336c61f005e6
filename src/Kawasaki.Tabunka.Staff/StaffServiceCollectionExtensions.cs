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
        services.AddSingleton<AuditLog>();
        services.AddSingleton<DraftService>();
        services.AddSingleton<PublishService>();
        services.AddSingleton<HistoryService>();
        services.AddScoped<UserAdmin>();
        return services.AddIdentityCore<StaffUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<StaffDbContext>();
    }

    /// <summary>Passwords of at least 12 characters, without composition rules; five wrong tries lock an account for 15 minutes.</summary>
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
