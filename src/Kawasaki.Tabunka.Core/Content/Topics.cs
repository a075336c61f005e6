namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// The five topics of the content catalog, in the order the home page lists them. Topic ids
/// are part of every guide URL; a guide folder under any other name is an error.
/// </summary>
public static class Topics
{
    public static IReadOnlyList<string> All { get; } = ["consultation", "disaster", "school", "childcare", "living"];

    public static bool IsKnown(string? topic) => topic is not null && All.Contains(topic, StringComparer.Ordinal);
}
