using Kawasaki.Tabunka.Staff.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kawasaki.Tabunka.Staff.Accounts;

/// <summary>
/// Checks a <see cref="StaffActor"/> against the account as it is now. An open staff page
/// keeps its actor for as long as the connection lives; every service call passes it
/// through here first, so that an account disabled, locked, signed out elsewhere, given a new
/// password or a new role a second ago can no longer save, publish or set the banner.
/// </summary>
public sealed class StaffAccounts(IDbContextFactory<StaffDbContext> contexts, TimeProvider time)
{
    public static StaffActor ActorFor(StaffUser user, IEnumerable<string> roles, string? securityStamp) =>
        new(user.Id, user.Email ?? user.UserName ?? "", roles.ToList(), user.LanguageList, securityStamp);

    /// <summary>
    /// The actor with the account's current roles and languages, or null when the account is
    /// gone, disabled, locked out or its security stamp changed since the actor was made.
    /// </summary>
    public async Task<StaffActor?> VerifyAsync(StaffActor actor)
    {
        if (actor.IsOperator)
        {
            return actor;
        }

        await using var db = await contexts.CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == actor.UserId);
        if (user is null || user.Disabled || user.LockoutEnd > time.GetUtcNow() || user.SecurityStamp != actor.SecurityStamp)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(r => r.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync();
        return ActorFor(user, roles, user.SecurityStamp);
    }
}
