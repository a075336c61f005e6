using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Places;

namespace Kawasaki.Tabunka.Staff.Editing;

/// <summary>
/// Checks a text being edited as the site will read it once published: the file's own
/// problems and those that depend on the rest of the content (links, places, the source's
/// structure). The editor's problem list and publishing ask the same question here.
/// </summary>
public sealed class ContentChecks(ContentStore content)
{
    public IReadOnlyList<ContentProblem> Validate(ContentKey key, string text)
    {
        var problems = new List<ContentProblem>();
        var library = content.Current;
        if (key.IsPlaceFacts)
        {
            if (PlaceFileReader.ReadFacts(key.RelativePath, text, problems) is { } facts)
            {
                foreach (var missing in facts.Members.Append(facts.Inside).OfType<string>().Where(id => id != key.GuideId && library.Places.Find(id) is null))
                {
                    problems.Add(new(key.RelativePath, 1, $"refers to the place '{missing}', which does not exist"));
                }
            }
        }
        else if (key.IsPlace)
        {
            PlaceFileReader.ReadText(key.RelativePath, text, problems);
        }
        else if (GuideFileReader.Read(key.Topic, key.GuideId, key.Language, key.RelativePath, text, problems) is { } version)
        {
            problems.AddRange(ContentValidator.Check(version, library.With(version)));
        }

        return problems;
    }
}
