using System.Text.Json;

namespace Kawasaki.Tabunka.Core.Localization;

/// <summary>
/// One locale file, <c>locales/{language}.json</c>: a flat JSON object of UI strings keyed
/// by dotted names (<c>"Home.Heading": "..."</c>). Values may hold <c>{0}</c>-style
/// placeholders.
/// </summary>
internal sealed class LocaleFile
{
    private LocaleFile(string languageId, string path, IReadOnlyDictionary<string, string> strings, IReadOnlyList<LocaleProblem> problems)
    {
        LanguageId = languageId;
        Path = path;
        Strings = strings;
        Problems = problems;
    }

    public string LanguageId { get; }

    public string Path { get; }

    public IReadOnlyDictionary<string, string> Strings { get; }

    /// <summary>Problems found while reading (syntax, duplicates, non-string values).</summary>
    public IReadOnlyList<LocaleProblem> Problems { get; }

    /// <summary>Reads a locale file; never throws for bad content, which becomes <see cref="Problems"/>.</summary>
    public static LocaleFile Load(string path)
    {
        var languageId = System.IO.Path.GetFileNameWithoutExtension(path);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<LocaleProblem>();
        try
        {
            var bytes = File.ReadAllBytes(path);
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                problems.Add(new(path, null, "the file must be one JSON object of strings"));
                return new LocaleFile(languageId, path, strings, problems);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    problems.Add(new(path, key, "the value must be a string"));
                    reader.Skip();
                    continue;
                }

                if (!strings.TryAdd(key, reader.GetString()!))
                {
                    problems.Add(new(path, key, "the key appears twice"));
                }
            }
        }
        catch (JsonException e)
        {
            problems.Add(new(path, null, $"invalid JSON at line {e.LineNumber + 1}: {e.Message}"));
        }
        catch (IOException e)
        {
            problems.Add(new(path, null, $"cannot read: {e.Message}"));
        }

        return new LocaleFile(languageId, path, strings, problems);
    }
}

/// <summary>A problem in a locale file, printed as <c>file:key: message</c>.</summary>
public sealed record LocaleProblem(string Path, string? Key, string Message)
{
    public override string ToString() => Key is null ? $"{Path}: {Message}" : $"{Path}:{Key}: {Message}";
}
