using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kawasaki.Tabunka.Staff.Data;

/// <summary>For <c>dotnet ef migrations add</c> at design time only.</summary>
public sealed class StaffDbContextFactory : IDesignTimeDbContextFactory<StaffDbContext>
{
    public StaffDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<StaffDbContext>().UseSqlite("Data Source=design.db").Options);
}
