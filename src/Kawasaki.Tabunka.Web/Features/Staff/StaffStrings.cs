namespace Kawasaki.Tabunka.Web.Features.Staff;

/// <summary>
/// The type argument that selects the staff area's strings: <c>IStringLocalizer&lt;StaffStrings&gt;</c>
/// reads <c>locales/staff/{ja,en}.json</c> in the person's staff language.
/// </summary>
public sealed class StaffStrings
{
    private StaffStrings()
    {
    }
}
