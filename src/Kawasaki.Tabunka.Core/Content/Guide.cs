using Kawasaki.Tabunka.Core.Languages;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>A guide: one topic, one id, and the languages it is written in.</summary>
public sealed class Guide(string topic, string id, IReadOnlyDictionary<string, GuideVersion> versions)
{
    public string Topic { get; } = topic;

    public string Id { get; } = id;

    /// <summary>The servable versions by language id.</summary>
    public IReadOnlyDictionary<string, GuideVersion> Versions { get; } = versions;

    /// <summary>The easy Japanese text, when there is a valid one.</summary>
    public GuideVersion? Source => Versions.GetValueOrDefault(LanguageRegistry.SourceLanguageId);

    public TranslationState StateOf(string language)
    {
        if (language == LanguageRegistry.SourceLanguageId)
        {
            return Source is null ? TranslationState.Missing : TranslationState.Source;
        }

        if (!Versions.TryGetValue(language, out var version))
        {
            return TranslationState.Missing;
        }

        if (version.Markdown.IsEmpty)
        {
            return TranslationState.TitleOnly;
        }

        return Source is not null && version.FrontMatter.Source == Source.Revision ? TranslationState.Current : TranslationState.Outdated;
    }

    /// <summary>
    /// The version to show a reader: their language, else the first of its fallback chain
    /// that exists, else any language at all — a guide that exists is never a 404.
    /// </summary>
    public GuideVersion BestFor(Language reader, LanguageRegistry languages)
    {
        foreach (var id in reader.FallbackChain)
        {
            if (Versions.TryGetValue(id, out var version))
            {
                return version;
            }
        }

        return languages.All.Select(l => Versions.GetValueOrDefault(l.Id)).First(v => v is not null)!;
    }

    /// <summary>
    /// The version whose body a reader sees: like <see cref="BestFor"/>, but passing over
    /// title-only translations, whose title and summary stand above another language's body.
    /// </summary>
    public GuideVersion BodyFor(Language reader, LanguageRegistry languages)
    {
        foreach (var id in reader.FallbackChain)
        {
            if (Versions.TryGetValue(id, out var version) && !version.Markdown.IsEmpty)
            {
                return version;
            }
        }

        return languages.All.Select(l => Versions.GetValueOrDefault(l.Id)).FirstOrDefault(v => v is { Markdown.IsEmpty: false })
            ?? BestFor(reader, languages);
    }

    /// <summary>
    /// The version whose places (and what to ask there) a reader sees: the title's, else the
    /// body's, else the source's — a translation may leave its list of places to its source.
    /// </summary>
    public GuideVersion PlacesFor(Language reader, LanguageRegistry languages)
    {
        var title = BestFor(reader, languages);
        return new[] { title, BodyFor(reader, languages), Source }.FirstOrDefault(v => v is { FrontMatter.Places.Count: > 0 }) ?? title;
    }
}
