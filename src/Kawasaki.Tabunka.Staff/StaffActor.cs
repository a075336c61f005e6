using Kawasaki.Tabunka.Staff.Data;

namespace Kawasaki.Tabunka.Staff;

/// <summary>
/// Who is acting, and what their roles allow: checked by every staff service, not only by
/// pages. <see cref="SecurityStamp"/> is the account's stamp when the person signed in; the
/// services compare it with the account as it is now (see <c>StaffAccounts.VerifyAsync</c>).
/// </summary>
public sealed record StaffActor(string UserId, string Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Languages, string? SecurityStamp = null)
{
    /// <summary>The operator at the command line has no account to check.</summary>
    public bool IsOperator => UserId.Length == 0;

    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    private bool IsEditorOrAbove => IsInRole(StaffRoles.Editor) || IsInRole(StaffRoles.Publisher) || IsInRole(StaffRoles.Admin);

    /// <summary>Editors and above edit every language; translators only those on their account.</summary>
    public bool CanEdit(string language) => IsEditorOrAbove || (IsInRole(StaffRoles.Translator) && Languages.Contains(language, StringComparer.Ordinal));

    /// <summary>A place's facts (phone, address, sources) are for editors and above; its texts, like guides, by language.</summary>
    public bool CanEdit(ContentKey key) => key.IsPlaceFacts ? IsEditorOrAbove : CanEdit(key.Language);

    public bool CanPublish => IsEditorOrAbove;

    public bool CanCreateGuides => IsEditorOrAbove;

    public bool CanSetBanner => IsInRole(StaffRoles.Publisher) || IsInRole(StaffRoles.Admin);

    /// <summary>The operator at the command line (for <c>banner set</c> and account care).</summary>
    public static StaffActor Operator(string name) => new("", name, [StaffRoles.Admin], []);
}
