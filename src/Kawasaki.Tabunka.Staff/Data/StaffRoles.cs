namespace Kawasaki.Tabunka.Staff.Data;

/// <summary>
/// The roles of the staff area. A translator edits the languages on their account and
/// submits for review; an editor also writes easy Japanese and publishes; a publisher also
/// sets the emergency banner; an admin may do everything.
/// </summary>
public static class StaffRoles
{
    public const string Translator = "translator";
    public const string Editor = "editor";
    public const string Publisher = "publisher";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Translator, Editor, Publisher, Admin];

    public const string CanPublish = Editor + "," + Publisher + "," + Admin;
    public const string CanSetBanner = Publisher + "," + Admin;
}
