namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// The order of guides within a topic: the catalog's order, most needed first, then any
/// guide added later by id. Kept in code because it is part of the catalog, not of a file.
/// </summary>
public static class GuideOrder
{
    private static readonly string[] Catalog =
    [
        "one-stop-center", "contact-center", "ward-office-help", "medical-interpreter", "dv-support", "human-rights", "housing-support",
        "prepare-kawasaki", "disaster-map", "disaster-multilingual-center", "call-119", "disaster-training",
        "school-enrollment", "preschool", "japanese-at-school", "study-support", "high-school", "japanese-classes",
        "maternal-handbook", "nursery", "parenting-guide", "child-interpreting",
        "referendum", "foreign-residents-assembly", "international-center", "fureai-kan", "welfare-allowances",
    ];

    /// <summary>A sort key: catalog position, or after every catalog guide.</summary>
    public static int Rank(string id)
    {
        var index = Array.IndexOf(Catalog, id);
        return index < 0 ? Catalog.Length : index;
    }

    public static IEnumerable<Guide> Sort(IEnumerable<Guide> guides) =>
        guides.OrderBy(g => Rank(g.Id)).ThenBy(g => g.Id, StringComparer.Ordinal);
}
