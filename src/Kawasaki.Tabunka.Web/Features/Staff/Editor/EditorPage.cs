using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Staff;
using Kawasaki.Tabunka.Staff.Data;
using Kawasaki.Tabunka.Staff.Drafts;
using Kawasaki.Tabunka.Staff.Editing;
using Microsoft.AspNetCore.Components;

namespace Kawasaki.Tabunka.Web.Features.Staff.Editor;

/// <summary>
/// What every editor page does with one content file, whatever its format: load the draft
/// or the published text, keep typing in the autosave every few seconds, check the text a
/// short moment after typing stops (not on every keystroke), save, submit and publish with
/// version checks, and show conflicts, problems and an ended sign-in instead of failing.
/// The guide editor and the place editor add only their fields and preview.
/// </summary>
public abstract class EditorPage : StaffPage, IDisposable
{
    /// <summary>How long typing must pause before the text is parsed and checked again.</summary>
    protected static readonly TimeSpan CheckDelay = TimeSpan.FromMilliseconds(300);

    private static readonly TimeSpan AutosaveEvery = TimeSpan.FromSeconds(5);

    private Timer? _autosave;
    private Timer? _check;
    private string _lastAutosaved = "";

    [Inject]
    public required DraftService Drafts { get; set; }

    [Inject]
    public required PublishService Publisher { get; set; }

    [Inject]
    public required ContentChecks Checks { get; set; }

    [Inject]
    public required Kawasaki.Tabunka.Core.Languages.LanguageRegistry Languages { get; set; }

    public ContentKey Key { get; private set; } = null!;

    /// <summary>The whole file text as it stands in the editor.</summary>
    public string Text { get; private set; } = "";

    public Draft? Draft { get; private set; }

    public bool Forbidden { get; private set; }

    public bool Busy { get; private set; }

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    public DateTime? AutosavedAt { get; private set; }

    public AutosaveBuffer? PendingAutosave { get; private set; }

    public DraftResult? Conflict { get; private set; }

    /// <summary>Problems of the text as last checked (after a pause in typing, or as publishing refused it).</summary>
    public IReadOnlyList<ContentProblem> Problems { get; private set; } = [];

    private string? _baseFileHash;

    /// <summary>The file this page edits, from its route parameters.</summary>
    protected abstract ContentKey KeyFromRoute();

    /// <summary>Puts a loaded text into the page's fields.</summary>
    protected abstract void ShowText(string text);

    /// <summary>The file text made from the page's fields.</summary>
    protected abstract string TextFromFields();

    /// <summary>Called after each check with the new problems, for previews and panels.</summary>
    protected virtual void Checked()
    {
    }

    protected override async Task OnStaffInitializedAsync()
    {
        Key = KeyFromRoute();
        if (!Key.IsWellFormed(Languages) || !Actor.CanEdit(Key))
        {
            Forbidden = true;
            return;
        }

        await LoadAsync();
        var buffer = await Drafts.FindAutosaveAsync(Actor, Key);
        if (buffer is not null && buffer.Text != Text && buffer.SavedAt > (Draft?.UpdatedAt ?? DateTime.MinValue))
        {
            PendingAutosave = buffer;
        }

        _lastAutosaved = Text;
        _autosave = new Timer(_ => InvokeAsync(AutosaveAsync), null, AutosaveEvery, AutosaveEvery);
        _check = new Timer(_ => InvokeAsync(() =>
        {
            Check();
            StateHasChanged();
        }));
    }

    protected virtual async Task LoadAsync()
    {
        var (text, draft, baseHash) = await Drafts.StartAsync(Key);
        Draft = draft;
        _baseFileHash = baseHash;
        ShowText(text);
        Text = text;
        Check();
    }

    /// <summary>The fields changed: take the new text now, check it once typing pauses.</summary>
    protected void Changed()
    {
        Text = TextFromFields();
        _check?.Change(CheckDelay, Timeout.InfiniteTimeSpan);
    }

    protected void RestoreAutosave()
    {
        ShowText(PendingAutosave!.Text);
        Text = PendingAutosave.Text;
        PendingAutosave = null;
        Check();
    }

    protected Task SaveAsync() => Run(SaveIfChangedAsync);

    protected Task SubmitAsync() => Run(async () =>
        await SaveIfChangedAsync() && Handle(await Drafts.SubmitAsync(Actor, Key, Draft!.Version), T["Editor.Submitted"]));

    protected Task PublishAsync() => Run(async () =>
    {
        if (!await SaveIfChangedAsync() || !Handle(await Publisher.PublishAsync(Actor, Key, Draft!.Version), T["Editor.Published"]))
        {
            return false;
        }

        var message = Message;
        await LoadAsync();
        (Message, MessageIsError) = (message, false);
        _lastAutosaved = Text;
        return true;
    });

    /// <summary>After a conflict: keep what was typed in the autosave, then continue from the text that won.</summary>
    protected async Task ContinueFromTheirs()
    {
        await Drafts.AutosaveAsync(Actor, Key, Text);
        await LoadAsync();
        Conflict = null;
        Message = null;
    }

    public void Dispose()
    {
        _autosave?.Dispose();
        _check?.Dispose();
        GC.SuppressFinalize(this);
    }

    private void Check()
    {
        Problems = Checks.Validate(Key, Text);
        Checked();
    }

    private async Task<bool> SaveIfChangedAsync()
    {
        Check();
        if (Draft is not null && Draft.Text == Text)
        {
            return true;
        }

        return Handle(await Drafts.SaveAsync(Actor, Key, Text, Draft?.Version, _baseFileHash), T["Editor.Saved"]);
    }

    private async Task AutosaveAsync()
    {
        if (Text == _lastAutosaved || SignedOut)
        {
            return;
        }

        var text = Text;
        var saved = true;
        var reached = false;
        await Attempt(async () => { saved = await Drafts.AutosaveAsync(Actor, Key, text); reached = true; }, message => (Message, MessageIsError) = (message, true));
        if (!reached)
        {
            StateHasChanged();
            return;
        }

        if (!saved)
        {
            SignedOut = true;
            StateHasChanged();
            return;
        }

        _lastAutosaved = text;
        AutosavedAt = DateTime.UtcNow;
        StateHasChanged();
    }

    private async Task Run(Func<Task<bool>> action)
    {
        Busy = true;
        try
        {
            await Attempt(action, message => (Message, MessageIsError) = (message, true));
        }
        finally
        {
            Busy = false;
        }
    }

    private bool Handle(DraftResult result, string success)
    {
        Conflict = null;
        if (result.Problems is { } problems)
        {
            Problems = problems;
        }

        if (result.Outcome == SaveOutcome.Saved)
        {
            Draft = result.Draft;
            _baseFileHash = result.Draft?.BaseFileHash;
            (Message, MessageIsError) = (success, false);
            return true;
        }

        Conflict = result.Outcome == SaveOutcome.Conflict ? result : null;
        (Message, MessageIsError) = (Refusal(result.Outcome, result.Message), true);
        return false;
    }
}
