using Kawasaki.Tabunka.Staff.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kawasaki.Tabunka.Staff.PostgreSql;

/// <summary>
/// For <c>dotnet ef migrations add X --project src/Kawasaki.Tabunka.Staff.PostgreSql</c> at design
/// time only; adding a migration needs no server, so the connection string names none that exists.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<StaffDbContext>
{
    public StaffDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<StaffDbContext>()
            .UseNpgsql("Host=design-time-only", npgsql => npgsql.MigrationsAssembly(StaffServiceCollectionExtensions.PostgreSqlMigrations)).Options);
}
