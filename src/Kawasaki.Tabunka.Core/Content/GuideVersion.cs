using Kawasaki.Tabunka.Core.Markdown;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>
/// One language of one guide, read from <c>{topic}/{id}/{lang}.md</c> and valid enough to
/// serve. Immutable; the body is parsed once and rendered on demand.
/// </summary>
public sealed class GuideVersion
{
    public GuideVersion(string topic, string id, string language, string path, string text, FrontMatter frontMatter, string body, int bodyLine, ParsedMarkdown markdown)
    {
        Topic = topic;
        Id = id;
        Language = language;
        Path = path;
        Text = text;
        FrontMatter = frontMatter;
        Body = body;
        BodyLine = bodyLine;
        Markdown = markdown;
        Revision = Content.Revision.Of(body);
    }

    public string Topic { get; }

    public string Id { get; }

    /// <summary>The language id of the file (<c>ja-easy</c>, <c>vi</c>...).</summary>
    public string Language { get; }

    /// <summary>The file, relative to the content folder: <c>disaster/call-119/vi.md</c>.</summary>
    public string Path { get; }

    /// <summary>The whole file as read.</summary>
    public string Text { get; }

    public FrontMatter FrontMatter { get; }

    /// <summary>The Markdown after the front matter.</summary>
    public string Body { get; }

    /// <summary>The file line (1-based) where the body starts.</summary>
    public int BodyLine { get; }

    public ParsedMarkdown Markdown { get; }

    /// <summary>The revision of the body (see <see cref="Content.Revision"/>).</summary>
    public string Revision { get; }

    public RichText Title => FrontMatter.Title;

    public RichText Summary => FrontMatter.Summary;
}
