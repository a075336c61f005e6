using Kawasaki.Tabunka.Core.Content;

namespace Kawasaki.Tabunka.Staff;

/// <summary>The published guide files under the content path, as the staff services see them.</summary>
public sealed class PublishedFiles(ContentStore content)
{
    public string PathOf(GuideKey key) => Path.Combine(content.Root, key.Topic, key.GuideId, key.Language + ".md");

    /// <summary>The file's text, or null when there is no such file.</summary>
    public string? Read(GuideKey key)
    {
        var path = PathOf(key);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public string? Hash(GuideKey key) => Read(key) is { } text ? FileHash.Of(text) : null;

    public void Write(GuideKey key, string text) => AtomicFile.WriteAllText(PathOf(key), text);
}
