using System.Text;

namespace Kawasaki.Tabunka.Core.Content;

/// <summary>Reading files of the content folder: strict UTF-8, problems instead of exceptions.</summary>
internal static class ContentFiles
{
    /// <summary>Files larger than this are refused: no guide or place file is a megabyte of text.</summary>
    public const int MaxBytes = 512 * 1024;

    /// <summary>Hidden files and folders (editor swap files, our own atomic-write temporaries) are not content.</summary>
    public static bool NotHidden(string path) => !Path.GetFileName(path).StartsWith('.');

    /// <summary>The text of <paramref name="path"/> (relative to <paramref name="root"/>), or null with a problem.</summary>
    public static string? ReadText(string root, string path, ICollection<ContentProblem> problems)
    {
        try
        {
            var full = Path.Combine(root, path);
            if (new FileInfo(full).Length > MaxBytes)
            {
                problems.Add(new(path, 1, $"the file is larger than {MaxBytes / 1024} KB"));
                return null;
            }

            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(full));
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new(path, 1, "the file is not valid UTF-8"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new(path, 1, $"cannot read the file: {e.Message}"));
        }

        return null;
    }
}
