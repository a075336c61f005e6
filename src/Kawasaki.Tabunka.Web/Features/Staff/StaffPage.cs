using Kawasaki.Tabunka.Staff;
using Kawasaki.Tabunka.Staff.Drafts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Kawasaki.Tabunka.Web.Features.Staff;

/// <summary>
/// Base of the interactive staff pages: loads who is signed in (roles, languages, staff
/// language) before the page loads its data, and turns a refused action into the message
/// staff see.
/// </summary>
public abstract class StaffPage : ComponentBase
{
    [CascadingParameter]
    public Task<AuthenticationState>? Authentication { get; set; }

    [Inject]
    public required StaffSession Session { get; set; }

    [Inject]
    public required IStringLocalizer<StaffStrings> T { get; set; }

    [Inject]
    public required NavigationManager Navigation { get; set; }

    [Inject]
    public required ILogger<StaffPage> Logger { get; set; }

    /// <summary>The signed-in person; set before <see cref="OnStaffInitializedAsync"/>.</summary>
    public StaffActor Actor { get; private set; } = null!;

    public bool Ready { get; private set; }

    /// <summary>Set when an action found the sign-in ended: the page shows why and links to the sign-in page.</summary>
    public bool SignedOut { get; protected set; }

    protected sealed override async Task OnInitializedAsync()
    {
        var state = Authentication is null ? null : await Authentication;
        var actor = state is null ? null : await Session.LoadAsync(state.User);
        if (actor is null)
        {
            Navigation.NavigateTo(StaffUrls.Login, forceLoad: true);
            return;
        }

        Actor = actor;
        await OnStaffInitializedAsync();
        Ready = true;
    }

    protected virtual Task OnStaffInitializedAsync() => Task.CompletedTask;

    /// <summary>
    /// Runs a staff action; when the database cannot be reached (a PostgreSQL outage), shows
    /// <c>Staff.DatabaseDown</c> through <paramref name="showError"/> instead of ending the page, so
    /// the text in the editor stays where it is and can be saved once the database is back.
    /// </summary>
    protected async Task Attempt(Func<Task> action, Action<string> showError)
    {
        try
        {
            await action();
        }
        catch (Exception e) when (Kawasaki.Tabunka.Staff.Cluster.DatabaseErrors.IsUnavailable(e))
        {
            // The reason, for the operator: the staff member is told only that nothing was saved.
            Logger.LogWarning("A staff action by user {UserId} could not reach the database: {Reason}", Actor.UserId, e.GetBaseException().Message);
            showError(T["Staff.DatabaseDown"]);
        }
    }

    /// <summary>The words for an outcome that is not a success; marks the page signed out when that is the reason.</summary>
    protected string Refusal(SaveOutcome outcome, string? message)
    {
        SignedOut |= outcome == SaveOutcome.SignedOut;
        return outcome switch
        {
            SaveOutcome.Conflict => T["Editor.Conflict"],
            SaveOutcome.Invalid => T["Editor.Invalid"],
            SaveOutcome.Forbidden => T["Editor.Forbidden"],
            SaveOutcome.SignedOut => T["Staff.SignedOut"],
            _ => message ?? "",
        };
    }
}
