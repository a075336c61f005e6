using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Staff.Accounts;
using Kawasaki.Tabunka.Staff.Audit;
using Kawasaki.Tabunka.Staff.Cluster;
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

    /// <summary>The assembly that holds the PostgreSQL migrations (EF Core keeps one set per provider).</summary>
    public const string PostgreSqlMigrations = "Kawasaki.Tabunka.Staff.PostgreSql";

    /// <summary>
    /// The staff database (SQLite in the data path, or the shared PostgreSQL database that
    /// <c>Tabunka:Database</c> names), ASP.NET Core Identity's user store with
    /// the project's password and lockout rules, and the draft, publish, history, audit and
    /// account services. The web host adds sign-in on top.
    /// </summary>
    public static IdentityBuilder AddTabunkaStaff(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<StaffDbContext>((sp, options) =>
        {
            var tabunka = sp.GetRequiredService<IOptions<TabunkaOptions>>().Value;
            Configure(options, tabunka);
        });
        services.AddSingleton<SharedState>();
        services.AddSingleton<ContentTransfer>();
        services.AddSingleton<SharedContentSync>();
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

    /// <summary>The provider, its connection and where its migrations are.</summary>
    public static void Configure(DbContextOptionsBuilder options, TabunkaOptions tabunka)
    {
        if (tabunka.Database.IsPostgreSql)
        {
            // Every DateTime the staff code stores is UTC (TimeProvider.GetUtcNow), which is
            // what Npgsql requires for timestamp with time zone.
            options.UseNpgsql(tabunka.Database.ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrations));
            return;
        }

        Directory.CreateDirectory(tabunka.DataPath!);
        options.UseSqlite($"Data Source={Path.Combine(tabunka.DataPath!, DatabaseFileName)}");
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
