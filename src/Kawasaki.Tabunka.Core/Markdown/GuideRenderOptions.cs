namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>What varies between two renderings of the same guide text.</summary>
/// <param name="Furigana">Show readings over kanji (ruby) or only the base text.</param>
/// <param name="ResolveGuide">Guide id → URL in the reader's language, or null when the guide is gone.</param>
/// <param name="CalloutLabel">Callout kind (<c>warning</c>...) → title in the text's language.</param>
/// <param name="TextLanguage">The language id of the text; Japanese passages in a text of another language are marked with <c>lang="ja"</c>.</param>
public sealed record GuideRenderOptions(bool Furigana, Func<string, string?> ResolveGuide, Func<string, string> CalloutLabel, string TextLanguage);

/// <summary>A rendered guide body and the entries of its table of contents.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Contents);

/// <summary>A second-level heading: its id for the link and its text as HTML (with ruby when on).</summary>
public sealed record TocEntry(string Id, string Html);
