using Kawasaki.Tabunka.Staff;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Kawasaki.Tabunka.Web.Features.Staff;

/// <summary>
/// Base of the interactive staff pages: loads who is signed in (roles, languages, staff
/// language) before the page loads its data.
/// </summary>
public abstract class StaffPage : ComponentBase
{
    [CascadingParameter]
    public Task<AuthenticationState>? Authentication { get; set; }

    [Inject]
    public required StaffSession Session { get; set; }

    [Inject]
    public required StaffText T { get; set; }

    [Inject]
    public required NavigationManager Navigation { get; set; }

    /// <summary>The signed-in person; set before <see cref="OnStaffInitializedAsync"/>.</summary>
    protected StaffActor Actor { get; private set; } = null!;

    protected bool Ready { get; private set; }

    protected sealed override async Task OnInitializedAsync()
    {
        var state = Authentication is null ? null : await Authentication;
        var actor = state is null ? null : await Session.LoadAsync(state.User);
        if (actor is null)
        {
            Navigation.NavigateTo(StaffArea.LoginPath, forceLoad: true);
            return;
        }

        Actor = actor;
        await OnStaffInitializedAsync();
        Ready = true;
    }

    protected virtual Task OnStaffInitializedAsync() => Task.CompletedTask;
}
