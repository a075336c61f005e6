namespace Kawasaki.Tabunka.Core.Configuration;

/// <summary>
/// The <c>Tabunka</c> configuration section (appsettings, or environment variables such as
/// <c>Tabunka__ContentPath</c>). Unset paths default to the repository's folders, found by
/// walking up from the working directory; a published site must set them.
/// </summary>
public sealed class TabunkaOptions
{
    public const string SectionName = "Tabunka";

    /// <summary>Published guides: <c>{ContentPath}/{topic}/{id}/{lang}.md</c>.</summary>
    public string? ContentPath { get; set; }

    /// <summary>UI strings: <c>{LocalesPath}/{lang}.json</c>.</summary>
    public string? LocalesPath { get; set; }

    /// <summary>Database, drafts and search logs. Defaults to <c>data/</c> beside the content folder.</summary>
    public string? DataPath { get; set; }
}
