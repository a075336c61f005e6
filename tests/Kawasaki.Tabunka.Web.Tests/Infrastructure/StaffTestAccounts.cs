using Kawasaki.Tabunka.Staff.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Web.Tests.Infrastructure;

/// <summary>Staff accounts made in the test site's database, each with a unique email.</summary>
public static class StaffTestAccounts
{
    private static int _counter;

    public static async Task<(string Email, string Password)> CreateAsync(SiteFixture site, string role, params string[] languages)
    {
        var email = $"{role}{Interlocked.Increment(ref _counter)}-{Guid.NewGuid():N}"[..24] + "@example.jp";
        using var scope = site.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAdmin>().AddAsync("test", email, role, languages);
        Assert.True(result.Succeeded, result.Message);
        return (email, result.Password!);
    }
}
