using System.Security.Claims;
using Kawasaki.Tabunka.Staff;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.AspNetCore.Identity;

namespace Kawasaki.Tabunka.Web.Features.Staff;

/// <summary>
/// The person behind the current page: their <see cref="StaffActor"/> (roles, languages) and
/// staff-area language, read from the account once per request or circuit.
/// </summary>
public sealed class StaffSession(UserManager<StaffUser> users, StaffText text)
{
    public StaffActor? Actor { get; private set; }

    public StaffUser? User { get; private set; }

    public async Task<StaffActor?> LoadAsync(ClaimsPrincipal principal)
    {
        if (Actor is not null || principal.Identity?.IsAuthenticated != true)
        {
            return Actor;
        }

        User = await users.GetUserAsync(principal);
        if (User is null || User.Disabled)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(User);
        Actor = new StaffActor(User.Id, User.Email ?? User.UserName ?? "", roles.ToList(), User.LanguageList);
        text.Language = StaffText.Normalize(User.UiLanguage);
        return Actor;
    }
}
