using System.Security.Claims;
using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Staff.Accounts;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Web.Features.Staff;

/// <summary>
/// Checks an open staff page's sign-in every <c>Tabunka:Staff:SessionCheckSeconds</c> (at
/// least every second): when the account is disabled, locked or its security stamp changes,
/// the page loses its sign-in and sends the person to the sign-in page, though the
/// connection stays open. Every service call checks the account too (<see cref="StaffAccounts"/>),
/// so nothing is saved in between.
/// </summary>
public sealed class StaffAuthenticationStateProvider(ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<TabunkaOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(Math.Max(1, options.Value.Staff.SessionCheckSeconds));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.GetUserAsync(authenticationState.User);
        if (user is null)
        {
            return false;
        }

        var stamp = authenticationState.User.FindFirstValue(users.Options.ClaimsIdentity.SecurityStampClaimType);
        return await scope.ServiceProvider.GetRequiredService<StaffAccounts>().VerifyAsync(StaffAccounts.ActorFor(user, [], stamp)) is not null;
    }
}
