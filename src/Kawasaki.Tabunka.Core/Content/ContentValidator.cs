using System.Text.RegularExpressions;
using Kawasaki.Tabunka.Core.Languages;
using Kawasaki.Tabunka.Core.Markdown;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// The checks of a guide version that need the rest of the content: links to guides and
/// places that exist, an id not used in another topic, no phone number outside the places
/// directory, and for a translation the structure of its source. One validator for every
/// caller: the loader (and so <c>check-content</c> and the site's log), the staff editor's
/// problem list and publishing.
/// </summary>
public static partial class ContentValidator
{
    /// <summary>The national numbers a guide may write: police, fire and ambulance, disaster message dial.</summary>
    public static readonly IReadOnlySet<string> NationalNumbers = new HashSet<string>(StringComparer.Ordinal) { "110", "119", "171" };

    /// <summary>Every cross-file problem of <paramref name="version"/> in <paramref name="library"/>.</summary>
    public static IEnumerable<ContentProblem> Check(GuideVersion version, GuideLibrary library)
    {
        var problems = new List<ContentProblem>();
        CheckLinks(version, library, problems);
        CheckPhoneNumbers(version, problems);
        if (library.Find(version.Id) is { } guide && guide.Topic != version.Topic)
        {
            problems.Add(IdInOtherTopic(version.Path, version.Id, guide.Topic));
        }

        if (version.Language != LanguageRegistry.SourceLanguageId && library.Find(version.Id)?.Source is { } source && source.Topic == version.Topic)
        {
            CheckStructure(version, source, problems);
        }

        return problems;
    }

    public static ContentProblem IdInOtherTopic(string path, string id, string topic) =>
        new(path, 1, $"guide id '{id}' is already used in topic '{topic}'; ids must be unique across topics");

    private static void CheckLinks(GuideVersion version, GuideLibrary library, List<ContentProblem> problems)
    {
        foreach (var (kind, id, line) in version.Markdown.Links)
        {
            if (kind == ContentLinkKind.Guide && id != version.Id && library.Find(id) is null)
            {
                problems.Add(new(version.Path, version.BodyLine + line, $"link to guide '{id}', which does not exist"));
            }
            else if (kind == ContentLinkKind.Place && library.Places.Find(id) is null)
            {
                problems.Add(new(version.Path, version.BodyLine + line, $"link to place '{id}', which is not in the places directory"));
            }
        }

        foreach (var place in version.FrontMatter.Places.Where(p => library.Places.Find(p.Id) is null))
        {
            problems.Add(new(version.Path, place.Line, $"place '{place.Id}' is not in the places directory (content/places/{place.Id}/)"));
        }
    }

    /// <summary>
    /// Phone numbers belong in the places directory, where they carry a source and a date; a
    /// guide may write only the national numbers. Looks at <c>tel:</c> links and at anything
    /// in the text or front matter that reads as a Japanese phone number.
    /// </summary>
    private static void CheckPhoneNumbers(GuideVersion version, List<ContentProblem> problems)
    {
        foreach (var section in version.Markdown.Outline)
        {
            foreach (var tel in section.Links.Where(l => l.StartsWith("tel:", StringComparison.Ordinal) && !NationalNumbers.Contains(l[4..])))
            {
                problems.Add(new(version.Path, version.BodyLine + section.Line, $"'{tel}': only 110, 119 and 171 are written in guides; other numbers go in the places directory"));
            }
        }

        var lines = version.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in PhoneNumber().Matches(lines[i]))
            {
                problems.Add(new(version.Path, i + 1, $"'{match.Value}' looks like a phone number: phone numbers go in the places directory, with their source"));
            }
        }
    }

    /// <summary>
    /// A translation keeps its source's outline: the same <c>##</c>/<c>###</c> headings in the
    /// same order, and in each section the same callouts and the same guide, place and phone
    /// links; the same places in its front matter. A translation that claims the current source
    /// revision gets errors (it cannot be published with a section missing); one stamped with
    /// an older revision gets warnings, as it is already shown as outdated. A different number
    /// of list items is always a warning. A title-only translation (no body) has nothing to compare.
    /// </summary>
    private static void CheckStructure(GuideVersion translation, GuideVersion source, List<ContentProblem> problems)
    {
        var severity = translation.FrontMatter.Source == source.Revision ? ProblemSeverity.Error : ProblemSeverity.Warning;
        void Add(int line, string message, ProblemSeverity? level = null) =>
            problems.Add(new(translation.Path, line, message, level ?? severity));

        var sourcePlaces = source.FrontMatter.Places.Select(p => p.Id).ToList();
        var places = translation.FrontMatter.Places.Select(p => p.Id).ToList();
        if (!sourcePlaces.SequenceEqual(places))
        {
            Add(translation.FrontMatter.LineOf("places"), $"places [{string.Join(", ", places)}] differ from the source's [{string.Join(", ", sourcePlaces)}]");
        }

        if (translation.Markdown.IsEmpty || source.Markdown.Document is null || translation.Markdown.Document is null)
        {
            return;
        }

        var theirs = source.Markdown.Outline;
        var ours = translation.Markdown.Outline;
        var sourceHeadings = theirs.Skip(1).Select(s => new string('#', s.Level)).ToList();
        var headings = ours.Skip(1).Select(s => new string('#', s.Level)).ToList();
        if (!sourceHeadings.SequenceEqual(headings))
        {
            var at = Enumerable.Range(0, Math.Max(sourceHeadings.Count, headings.Count))
                .First(i => i >= sourceHeadings.Count || i >= headings.Count || sourceHeadings[i] != headings[i]);
            var line = at < headings.Count ? translation.BodyLine + ours[at + 1].Line : translation.BodyLine;
            var expected = at < sourceHeadings.Count ? $"'{sourceHeadings[at]} {theirs[at + 1].Heading}'" : "no more headings";
            Add(line, $"the headings differ from the source from heading {at + 1} on: the source has {sourceHeadings.Count} ({string.Join(" ", sourceHeadings)}), this file {headings.Count} ({string.Join(" ", headings)}); the source has {expected} there");
            return;
        }

        for (var i = 0; i < ours.Count; i++)
        {
            var line = translation.BodyLine + ours[i].Line;
            var name = i == 0 ? "before the first heading" : $"in section {i} ('{ours[i].Heading}')";
            if (!theirs[i].Callouts.SequenceEqual(ours[i].Callouts))
            {
                Add(line, $"{name}: the source has callouts [{string.Join(", ", theirs[i].Callouts)}], this file [{string.Join(", ", ours[i].Callouts)}]");
            }

            var missing = Except(theirs[i].Links, ours[i].Links);
            var extra = Except(ours[i].Links, theirs[i].Links);
            if (missing.Count > 0 || extra.Count > 0)
            {
                Add(line, $"{name}: links differ from the source" +
                    (missing.Count > 0 ? $"; missing {string.Join(", ", missing)}" : "") +
                    (extra.Count > 0 ? $"; not in the source {string.Join(", ", extra)}" : ""));
            }

            if (theirs[i].ListItems != ours[i].ListItems)
            {
                Add(line, $"{name}: {ours[i].ListItems} list items, the source has {theirs[i].ListItems}", ProblemSeverity.Warning);
            }
        }
    }

    /// <summary>The items of <paramref name="a"/> not matched one for one in <paramref name="b"/> (a multiset difference).</summary>
    private static List<string> Except(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var left = b.ToList();
        var result = new List<string>();
        foreach (var item in a)
        {
            if (!left.Remove(item))
            {
                result.Add(item);
            }
        }

        return result;
    }

    // 044-200-3669, 0120 123 456, (044) 200-3669, +81-44-200-3669, 0442003669: a leading 0
    // or +81, then groups; a year (2019) or a count (2,895) never starts that way.
    [GeneratedRegex(@"(?<![\d\w])(?:\+81[-\s]?|0)\d{1,4}(?:[-\s]|\)\s?)\d{1,4}[-\s]\d{3,4}(?!\d)|(?<![\d\w])\(0\d{1,4}\)\s?\d{1,4}-\d{3,4}(?!\d)|(?<![\d\w-])0\d{9,10}(?![\d-])")]
    private static partial Regex PhoneNumber();
}
