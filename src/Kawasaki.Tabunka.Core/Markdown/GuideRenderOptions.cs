namespace Kawasaki.Tabunka.Core.Markdown;

/// <summary>What varies between two renderings of the same guide text.</summary>
/// <param name="Furigana">Show readings over kanji (ruby) or only the base text.</param>
/// <param name="ResolveLink">A guide or place id → URL in the reader's language, or null when it is gone.</param>
/// <param name="CalloutLabel">Callout kind (<c>warning</c>...) → title in the text's language.</param>
/// <param name="TextScript">The script of the text's language; Japanese passages in a text of another script are marked with <c>lang="ja"</c>.</param>
public sealed record GuideRenderOptions(bool Furigana, Func<ContentLinkKind, string, string?> ResolveLink, Func<string, string> CalloutLabel, Languages.Script TextScript);

/// <summary>A rendered guide body and the entries of its table of contents.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Contents);

/// <summary>A second-level heading: its id for the link and its text as HTML (with ruby when on).</summary>
public sealed record TocEntry(string Id, string Html);
