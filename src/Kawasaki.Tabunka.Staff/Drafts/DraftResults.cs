using Kawasaki.Tabunka.Staff.Data;

namespace Kawasaki.Tabunka.Staff.Drafts;

public enum SaveOutcome
{
    Saved,

    /// <summary>Someone saved or published since this text was loaded; nothing was overwritten.</summary>
    Conflict,

    /// <summary>The actor may not do this.</summary>
    Forbidden,

    /// <summary>The text is not valid and cannot be published (see the problems).</summary>
    Invalid,

    /// <summary>There is nothing to act on (no such draft or revision).</summary>
    NotFound,

    /// <summary>The account was disabled, locked, signed out or changed since the page was opened: sign in again.</summary>
    SignedOut,
}

/// <summary>
/// The result of a save, submit, publish or restore. On a conflict, <see cref="TheirText"/>
/// is the version that is there now, to show beside the refused one.
/// </summary>
public sealed record DraftResult(SaveOutcome Outcome, Draft? Draft = null, string? TheirText = null, string? TheirAuthor = null, DateTime? TheirTime = null, IReadOnlyList<Kawasaki.Tabunka.Core.Content.ContentProblem>? Problems = null, string? Message = null)
{
    public bool Succeeded => Outcome == SaveOutcome.Saved;

    public static DraftResult Forbidden(string message) => new(SaveOutcome.Forbidden, Message: message);

    public static DraftResult SignedOut { get; } = new(SaveOutcome.SignedOut, Message: "your sign-in has ended (the account was changed, disabled or signed out); sign in again");
}
