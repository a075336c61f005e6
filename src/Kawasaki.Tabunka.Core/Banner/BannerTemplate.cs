using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Core.Banner;

/// <summary>
/// A banner written and translated before the day it is needed (a strong earthquake, a
/// tsunami warning, an evacuation level...), so that nobody translates under pressure:
/// <c>content/banners/{id}/template.yml</c> (<c>name</c> for staff, <c>guide</c> to link) and
/// one <c>{lang}.txt</c> per language.
/// </summary>
/// <param name="Id">The folder name, used by <c>banner set --template</c>.</param>
/// <param name="Name">What staff see in the list.</param>
/// <param name="Guide">The id of the guide the banner links to, or null.</param>
/// <param name="Texts">Language id → text.</param>
public sealed record BannerTemplate(string Id, string Name, string? Guide, IReadOnlyDictionary<string, string> Texts);

/// <summary>Reads <c>{content}/banners/</c>. A template with a problem is reported and left out.</summary>
internal static class BannerTemplateLoader
{
    public const string FolderName = "banners";
    public const string TemplateFileName = "template.yml";

    public static IReadOnlyList<BannerTemplate> Load(string contentRoot, LanguageRegistry languages, List<ContentProblem> problems)
    {
        var root = Path.Combine(contentRoot, FolderName);
        var templates = new List<BannerTemplate>();
        if (!Directory.Exists(root))
        {
            return templates;
        }

        foreach (var dir in Directory.EnumerateDirectories(root).Where(ContentFiles.NotHidden).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(dir);
            var folder = $"{FolderName}/{id}";
            var before = problems.Count(p => p.IsError);
            if (!ContentIds.IsValid(id))
            {
                problems.Add(new(folder, 1, $"'{id}' is not a template id: use lower-case letters, digits and hyphens"));
                continue;
            }

            string? name = null;
            string? guide = null;
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(dir).Where(ContentFiles.NotHidden).Order(StringComparer.Ordinal))
            {
                var fileName = Path.GetFileName(file);
                var path = $"{folder}/{fileName}";
                var language = Path.GetFileNameWithoutExtension(fileName);
                if (fileName == TemplateFileName)
                {
                    (name, guide) = ReadTemplate(contentRoot, path, problems);
                }
                else if (fileName.EndsWith(".txt", StringComparison.Ordinal) && languages.TryGet(language, out _))
                {
                    if (ReadText(contentRoot, path, problems) is { } text)
                    {
                        texts[language] = text;
                    }
                }
                else
                {
                    problems.Add(new(path, 1, "not a template file (template.yml, or {lang}.txt for a site language); ignored", ProblemSeverity.Warning));
                }
            }

            if (!File.Exists(Path.Combine(dir, TemplateFileName)))
            {
                problems.Add(new(folder, 1, $"the template '{id}' has no {TemplateFileName}"));
            }

            foreach (var required in EmergencyBanner.RequiredLanguages.Where(l => !texts.ContainsKey(l)))
            {
                problems.Add(new(folder, 1, $"the template '{id}' has no {required}.txt (a banner needs {string.Join(" and ", EmergencyBanner.RequiredLanguages)})"));
            }

            foreach (var missing in languages.All.Where(l => !texts.ContainsKey(l.Id) && !EmergencyBanner.RequiredLanguages.Contains(l.Id)))
            {
                problems.Add(new(folder, 1, $"the template '{id}' has no {missing.Id}.txt: {missing.NativeName} readers get a fallback", ProblemSeverity.Warning));
            }

            if (name is not null && problems.Count(p => p.IsError) == before)
            {
                templates.Add(new BannerTemplate(id, name, guide, texts));
            }
        }

        return templates;
    }

    private static (string? Name, string? Guide) ReadTemplate(string contentRoot, string path, List<ContentProblem> problems)
    {
        if (ContentFiles.ReadText(contentRoot, path, problems) is not { } yaml)
        {
            return (null, null);
        }

        var fields = new YamlFields(path, 1, problems);
        if (fields.Read(yaml, ["name", "guide"]) is not { } values)
        {
            return (null, null);
        }

        fields.Require(values, "name");
        var name = values.TryGetValue("name", out var n) ? fields.Optional(n.Node, "name") : null;
        var guide = values.TryGetValue("guide", out var g) ? fields.Optional(g.Node, "guide") : null;
        if (guide is not null && !ContentIds.IsValid(guide))
        {
            fields.Error(g.Node, $"'{guide}' is not a guide id");
        }

        return (name, guide);
    }

    private static string? ReadText(string contentRoot, string path, List<ContentProblem> problems)
    {
        if (ContentFiles.ReadText(contentRoot, path, problems) is not { } raw)
        {
            return null;
        }

        var text = raw.Trim();
        if (text.Length == 0)
        {
            problems.Add(new(path, 1, "the banner text is empty"));
            return null;
        }

        if (text.Contains('\n', StringComparison.Ordinal))
        {
            problems.Add(new(path, 2, "a banner text is one line"));
            return null;
        }

        if (text.Length > EmergencyBanner.MaxLength)
        {
            problems.Add(new(path, 1, $"the banner text is {text.Length} characters; at most {EmergencyBanner.MaxLength}"));
            return null;
        }

        return text;
    }
}
