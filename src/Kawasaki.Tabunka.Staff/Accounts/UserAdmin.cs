using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Staff.Audit;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.AspNetCore.Identity;

namespace Kawasaki.Tabunka.Staff.Accounts;

/// <summary>The result of an account operation; <see cref="Password"/> is set when a one-time password was made.</summary>
public sealed record AccountResult(bool Succeeded, string Message, string? Password = null);

/// <summary>
/// Account care for operators (the <c>user</c> verbs): there is no default account and no
/// default password; every account starts with a one-time password that must be changed.
/// </summary>
public sealed class UserAdmin(UserManager<StaffUser> users, LanguageRegistry languages, AuditLog audit)
{
    public async Task<AccountResult> AddAsync(string actor, string email, string role, IReadOnlyList<string> userLanguages)
    {
        if (!StaffRoles.All.Contains(role, StringComparer.Ordinal))
        {
            return new(false, $"unknown role '{role}' (roles: {string.Join(", ", StaffRoles.All)})");
        }

        var unknown = userLanguages.Where(l => !languages.TryGet(l, out _)).ToList();
        if (unknown.Count > 0)
        {
            return new(false, $"unknown language(s): {string.Join(", ", unknown)}");
        }

        if (role == StaffRoles.Translator && userLanguages.Count == 0)
        {
            return new(false, "a translator needs --languages, e.g. --languages vi,en");
        }

        var password = OneTimePassword.Create();
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, Languages = string.Join(",", userLanguages), MustChangePassword = true, LockoutEnabled = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return new(false, string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        await audit.WriteAsync(actor, "user-add", email, role + (userLanguages.Count > 0 ? $" ({string.Join(",", userLanguages)})" : ""));
        return new(true, $"created {email} as {role}", password);
    }

    /// <summary>Stops the account from signing in and ends its sessions.</summary>
    public Task<AccountResult> DisableAsync(string actor, string email) => Change(actor, email, "user-disable", async user =>
    {
        user.Disabled = true;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return $"disabled {email}; its sessions end";
    });

    /// <summary>Lets a locked-out or disabled account sign in again.</summary>
    public Task<AccountResult> UnlockAsync(string actor, string email) => Change(actor, email, "user-unlock", async user =>
    {
        user.Disabled = false;
        user.LockoutEnd = null;
        await users.UpdateAsync(user);
        await users.ResetAccessFailedCountAsync(user);
        return $"unlocked {email}";
    });

    /// <summary>Gives the account another role (and, for translators, languages) and ends its sessions.</summary>
    public Task<AccountResult> SetRoleAsync(string actor, string email, string role, IReadOnlyList<string> userLanguages)
    {
        if (!StaffRoles.All.Contains(role, StringComparer.Ordinal))
        {
            return Task.FromResult(new AccountResult(false, $"unknown role '{role}' (roles: {string.Join(", ", StaffRoles.All)})"));
        }

        if (userLanguages.FirstOrDefault(l => !languages.TryGet(l, out _)) is { } unknown)
        {
            return Task.FromResult(new AccountResult(false, $"unknown language '{unknown}'"));
        }

        if (role == StaffRoles.Translator && userLanguages.Count == 0)
        {
            return Task.FromResult(new AccountResult(false, "a translator needs --languages, e.g. --languages vi,en"));
        }

        return Change(actor, email, "user-set-role", async user =>
        {
            await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
            await users.AddToRoleAsync(user, role);
            user.Languages = string.Join(",", userLanguages);
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
            return $"{email} is now {role}{(userLanguages.Count > 0 ? $" ({string.Join(",", userLanguages)})" : "")}; its sessions end";
        });
    }

    /// <summary>
    /// The person's own password change. The new password must differ from the current one,
    /// so the one-time password an operator handed over cannot stay; every other session of
    /// the account ends.
    /// </summary>
    public async Task<AccountResult> ChangePasswordAsync(StaffUser user, string current, string replacement)
    {
        if (await users.CheckPasswordAsync(user, replacement))
        {
            return new(false, "the new password must be different from the current one");
        }

        var changed = await users.ChangePasswordAsync(user, current, replacement);
        if (!changed.Succeeded)
        {
            return new(false, string.Join("; ", changed.Errors.Select(e => e.Description)));
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await audit.WriteAsync(user.Email ?? "", "password-change");
        return new(true, "password changed");
    }

    /// <summary>Replaces the password with a one-time one and ends the account's sessions.</summary>
    public async Task<AccountResult> ResetPasswordAsync(string actor, string email)
    {
        string? password = null;
        var result = await Change(actor, email, "user-reset-password", async user =>
        {
            password = OneTimePassword.Create();
            await users.RemovePasswordAsync(user);
            var reset = await users.AddPasswordAsync(user, password);
            if (!reset.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", reset.Errors.Select(e => e.Description)));
            }

            user.MustChangePassword = true;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
            return $"reset the password of {email}";
        });
        return result with { Password = result.Succeeded ? password : null };
    }

    private async Task<AccountResult> Change(string actor, string email, string action, Func<StaffUser, Task<string>> change)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return new(false, $"no account {email}");
        }

        var message = await change(user);
        await audit.WriteAsync(actor, action, email);
        return new(true, message);
    }
}
