using Kawasaki.Tabunka.Staff.Accounts;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Staff.Tests;

public abstract class UserAdminTests(StaffDatabaseKind database) : IAsyncLifetime
{
    private StaffHarness _staff = null!;
    private IServiceScope _scope = null!;

    public async Task InitializeAsync()
    {
        _staff = await StaffHarness.CreateAsync(database);
        _scope = _staff.Services.CreateScope();
    }

    public async Task DisposeAsync()
    {
        _scope.Dispose();
        await _staff.DisposeAsync();
    }

    private UserAdmin Admin => _scope.ServiceProvider.GetRequiredService<UserAdmin>();

    private UserManager<StaffUser> Users => _scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();

    [Fact]
    public async Task A_new_account_gets_a_strong_one_time_password_it_must_change()
    {
        var result = await Admin.AddAsync("op", "a@example.jp", StaffRoles.Editor, []);

        Assert.True(result.Succeeded);
        Assert.True(result.Password!.Length >= 16);
        var user = (await Users.FindByEmailAsync("a@example.jp"))!;
        Assert.True(user.MustChangePassword);
        Assert.True(await Users.CheckPasswordAsync(user, result.Password));
        Assert.True(await Users.IsInRoleAsync(user, StaffRoles.Editor));
    }

    [Fact]
    public async Task One_time_passwords_differ_every_time()
    {
        var one = await Admin.AddAsync("op", "a@example.jp", StaffRoles.Editor, []);
        var two = await Admin.AddAsync("op", "b@example.jp", StaffRoles.Editor, []);
        Assert.NotEqual(one.Password, two.Password);
    }

    [Theory]
    [InlineData("boss", "", "unknown role 'boss'")]
    [InlineData(StaffRoles.Translator, "", "a translator needs --languages")]
    [InlineData(StaffRoles.Translator, "vi,fr", "unknown language(s): fr")]
    public async Task Bad_accounts_are_refused_with_a_reason(string role, string languages, string message)
    {
        var result = await Admin.AddAsync("op", "a@example.jp", role, languages.Split(',', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(result.Succeeded);
        Assert.StartsWith(message, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_email_cannot_be_added_twice()
    {
        await Admin.AddAsync("op", "a@example.jp", StaffRoles.Editor, []);
        Assert.False((await Admin.AddAsync("op", "a@example.jp", StaffRoles.Admin, [])).Succeeded);
    }

    [Fact]
    public async Task Disabling_locks_the_account_and_changes_its_security_stamp_to_end_sessions()
    {
        await Admin.AddAsync("op", "a@example.jp", StaffRoles.Editor, []);
        var stamp = (await Users.FindByEmailAsync("a@example.jp"))!.SecurityStamp;

        Assert.True((await Admin.DisableAsync("op", "a@example.jp")).Succeeded);

        var user = (await Users.FindByEmailAsync("a@example.jp"))!;
        Assert.True(user.Disabled);
        Assert.True(await Users.IsLockedOutAsync(user));
        Assert.NotEqual(stamp, user.SecurityStamp);

        Assert.True((await Admin.UnlockAsync("op", "a@example.jp")).Succeeded);
        Assert.False(await Users.IsLockedOutAsync((await Users.FindByEmailAsync("a@example.jp"))!));
    }

    [Fact]
    public async Task Resetting_a_password_gives_a_new_one_time_password_and_ends_sessions()
    {
        var first = await Admin.AddAsync("op", "a@example.jp", StaffRoles.Editor, []);
        var stamp = (await Users.FindByEmailAsync("a@example.jp"))!.SecurityStamp;

        var reset = await Admin.ResetPasswordAsync("op", "a@example.jp");

        var user = (await Users.FindByEmailAsync("a@example.jp"))!;
        Assert.False(await Users.CheckPasswordAsync(user, first.Password!));
        Assert.True(await Users.CheckPasswordAsync(user, reset.Password!));
        Assert.True(user.MustChangePassword);
        Assert.NotEqual(stamp, user.SecurityStamp);
    }

    [Fact]
    public async Task Unknown_accounts_are_reported()
    {
        Assert.Equal("no account x@example.jp", (await Admin.DisableAsync("op", "x@example.jp")).Message);
    }
}

/// <summary>The tests above on SQLite, the single-node default.</summary>
public sealed class UserAdminTestsOnSqlite() : UserAdminTests(StaffDatabaseKind.Sqlite);

/// <summary>The same tests on the shared PostgreSQL database of several nodes.</summary>
public sealed class UserAdminTestsOnPostgreSql() : UserAdminTests(StaffDatabaseKind.PostgreSql);
