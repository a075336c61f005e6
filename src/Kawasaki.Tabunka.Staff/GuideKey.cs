using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Core.Markdown;

namespace Kawasaki.Tabunka.Staff;

/// <summary>One guide in one language: the unit staff edit, review and publish.</summary>
public sealed record GuideKey(string Topic, string GuideId, string Language)
{
    public string RelativePath => $"{Topic}/{GuideId}/{Language}.md";

    public override string ToString() => RelativePath;

    /// <summary>True when topic, id and language are all well formed (the language must also be registered).</summary>
    public bool IsWellFormed(Kawasaki.Tabunka.Core.Languages.LanguageRegistry languages) =>
        Topics.IsKnown(Topic) && GuideLinkExtension.IsValidId(GuideId) && languages.TryGet(Language, out _);
}
