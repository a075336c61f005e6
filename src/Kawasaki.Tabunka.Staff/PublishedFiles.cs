using Kawasaki.Tabunka.Core.Content;

namespace Kawasaki.Tabunka.Staff;

/// <summary>The published content files under the content path, as the staff services see them.</summary>
public sealed class PublishedFiles(ContentStore content)
{
    public string PathOf(ContentKey key) => Path.Combine(content.Root, key.RelativePath);

    /// <summary>The file's text, or null when there is no such file.</summary>
    public string? Read(ContentKey key)
    {
        var path = PathOf(key);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public string? Hash(ContentKey key) => Read(key) is { } text ? FileHash.Of(text) : null;

    /// <summary>Replaces the file atomically and makes the rename durable before returning.</summary>
    public void Write(ContentKey key, string text) => AtomicFile.WriteAllText(PathOf(key), text);
}
