using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kawasaki.Tabunka.Staff.Data;

/// <summary>Creates the database if needed, applies migrations and makes sure the roles exist.</summary>
public static class StaffDatabase
{
    public static async Task MigrateAsync(IDbContextFactory<StaffDbContext> contexts, RoleManager<IdentityRole> roles)
    {
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
