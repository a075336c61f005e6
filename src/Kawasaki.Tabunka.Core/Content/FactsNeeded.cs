using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Places;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>One fact the site still needs: a <c>todo</c> of a guide, or a place's field without a verified value.</summary>
/// <param name="Subject">The guide (<c>topic/id</c>) or place (<c>places/id</c>) it belongs to.</param>
/// <param name="What">The todo's text, or the name of the missing field (<c>phone</c>, <c>hours</c>...).</param>
/// <param name="Path">The file to edit, relative to the content folder.</param>
/// <param name="Line">Its line in that file (1 for a field not written yet).</param>
public sealed record FactNeeded(string Subject, string What, string Path, int Line);

/// <summary>
/// Everything the guides and places still lack, in one list for the staff page and the
/// <c>facts-needed</c> verb: the <c>todo</c> items of every guide's easy Japanese source and every
/// applicable place field without a verified value. Places first (one answer from the city
/// fixes every guide that names them), then guides, each in directory or catalog order.
/// </summary>
public static class FactsNeeded
{
    public static IReadOnlyList<(string Subject, IReadOnlyList<FactNeeded> Facts)> Of(GuideLibrary library)
    {
        var groups = new List<(string, IReadOnlyList<FactNeeded>)>();
        foreach (var place in library.Places.All)
        {
            var path = $"{PlaceDirectory.FolderName}/{place.Id}/{PlaceFileReader.FactsFileName}";
            var missing = place.MissingFacts.Select(f => new FactNeeded($"{PlaceDirectory.FolderName}/{place.Id}", PlaceNames.Of(f), path, 1)).ToList();
            if (missing.Count > 0)
            {
                groups.Add(($"{PlaceDirectory.FolderName}/{place.Id}", missing));
            }
        }

        foreach (var guide in library.Guides)
        {
            if (guide.Source is not { } source || source.FrontMatter.Todo.Count == 0)
            {
                continue;
            }

            var todos = source.FrontMatter.Todo.Select((t, i) => new FactNeeded($"{guide.Topic}/{guide.Id}", t, source.Path, source.FrontMatter.LineOf($"todo[{i}]"))).ToList();
            groups.Add(($"{guide.Topic}/{guide.Id}", todos));
        }

        return groups;
    }

    /// <summary>The language staff edit a need in: a place's facts, or a guide's easy Japanese source.</summary>
    public static string EditLanguage(FactNeeded fact) =>
        fact.Path.StartsWith(PlaceDirectory.FolderName + "/", StringComparison.Ordinal) ? "facts" : LanguageRegistry.SourceLanguageId;
}
