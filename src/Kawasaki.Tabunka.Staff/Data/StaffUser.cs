using Microsoft.AspNetCore.Identity;

namespace Kawasaki.Tabunka.Staff.Data;

/// <summary>A ward office staff member or translator.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>For translators: the language ids they may edit, comma separated.</summary>
    public string Languages { get; set; } = "";

    /// <summary>Set for a one-time password: the user must choose their own at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The language of the staff area for this person: <c>ja</c> or <c>en</c>.</summary>
    public string UiLanguage { get; set; } = "ja";

    /// <summary>A disabled account cannot sign in and its sessions end.</summary>
    public bool Disabled { get; set; }

    public IReadOnlyList<string> LanguageList =>
        Languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
