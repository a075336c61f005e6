using Kawasaki.Tabunka.Staff.Accounts;
using Kawasaki.Tabunka.Staff.Audit;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.AspNetCore.Identity;

namespace Kawasaki.Tabunka.Web.Features.Staff;

/// <summary>
/// Sign-in and sign-out for the staff area. Failed attempts slow further attempts down (per
/// client address and per account, <see cref="SignInThrottle"/>) instead of locking the
/// account; an unknown e-mail, a wrong password and a disabled account get the same answer
/// after the same work (a password hash is checked in every case), so the form does not tell
/// which accounts exist.
/// </summary>
public sealed class StaffSignIn(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, IPasswordHasher<StaffUser> hasher, SignInThrottle throttle, AuditLog audit, TimeProvider time)
{
    // A hash of a random password, checked when the account does not exist: the same cost as a real check.
    private static readonly Lazy<string> UnknownAccountHash = new(() =>
        new PasswordHasher<StaffUser>().HashPassword(new StaffUser(), Guid.NewGuid().ToString("N")));

    /// <summary>Signs in and returns the account, or null (after any throttle delay) when the e-mail and password do not open an active account.</summary>
    public async Task<StaffUser?> SignInAsync(HttpContext context, string email, string password)
    {
        email = AuditLog.Bound(email.Trim(), AuditLog.MaxActor)!;
        var address = context.Connection.RemoteIpAddress?.ToString();
        var delay = throttle.DelayFor(address, email);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, context.RequestAborted);
        }

        var user = await users.FindByEmailAsync(email);
        bool valid;
        if (user is null)
        {
            hasher.VerifyHashedPassword(new StaffUser(), UnknownAccountHash.Value, password);
            valid = false;
        }
        else
        {
            valid = await users.CheckPasswordAsync(user, password) && !user.Disabled && !(user.LockoutEnd > time.GetUtcNow());
        }

        if (!valid)
        {
            throttle.Failed(address, email);
            await audit.WriteAsync(email, user is null ? "sign-in-failed" : user.Disabled ? "sign-in-disabled" : "sign-in-failed");
            return null;
        }

        throttle.Succeeded(email);
        await signIn.SignInAsync(user!, isPersistent: false);
        await audit.WriteAsync(email, "sign-in");
        return user;
    }

    /// <summary>Signs out and ends every session of the account: a copy of the cookie made before no longer opens anything.</summary>
    public async Task SignOutAsync(HttpContext context)
    {
        if (await users.GetUserAsync(context.User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.WriteAsync(user.Email ?? "", "sign-out");
        }

        await signIn.SignOutAsync();
    }
}
