namespace Kawasaki.Tabunka.Core.Tests.Content;

/// <summary>A scratch content folder for one test, deleted afterwards.</summary>
public sealed class ContentFolder : IDisposable
{
    public ContentFolder() => Root = Directory.CreateTempSubdirectory("content-").FullName;

    public string Root { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>A valid guide file with the given title and body.</summary>
    public static string Guide(string title = "Title", string body = "Body text.", string? source = null, string extra = "") =>
        $"---\ntitle: \"{title}\"\nsummary: A summary.\nupdated: 2026-04-01\n{extra}{(source is null ? "" : $"source: {source}\n")}---\n\n{body}\n";
}
