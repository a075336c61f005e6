using Kawasaki.Tabunka.Core.Content;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Kawasaki.Tabunka.Core.Mirror;

/// <summary>The folder side of a mirror: building beside the target, swapping it in whole, clearing what dead runs left.</summary>
public sealed partial class StaticMirror
{
    /// <summary>
    /// Puts the new folder where the old one was. On Linux the two are exchanged in one
    /// rename (<c>renameat2</c> with <c>RENAME_EXCHANGE</c>), so the path never goes missing;
    /// elsewhere, or where the file system cannot exchange, the old one is renamed away and
    /// the new one in, leaving a moment without either.
    /// </summary>
    private static void Swap(string building, string target)
    {
        if (!Directory.Exists(target))
        {
            if (File.Exists(target))
            {
                throw new IOException($"{target} is a file, not a mirror folder");
            }

            Directory.Move(building, target);
        }
        else if (OperatingSystem.IsLinux() && RenameAt2(AtCurrentDirectory, building, AtCurrentDirectory, target, RenameExchange) == 0)
        {
            // building now holds the old mirror.
            TryDelete(building);
        }
        else
        {
            var old = Path.Combine(Path.GetDirectoryName(target)!, $"{Path.GetFileName(target)}.old-{RandomSuffix()}");
            Directory.Move(target, old);
            Directory.Move(building, target);
            TryDelete(old);
        }

        AtomicFile.SyncDirectory(Path.GetDirectoryName(target)!);
    }

    /// <summary>Temporary folders of runs that died (a crash, a kill) more than an hour ago.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var pattern in new[] { $"{name}.tmp-*", $"{name}.old-*" })
        {
            foreach (var leftover in Directory.EnumerateDirectories(parent, pattern))
            {
                if (Directory.GetLastWriteTimeUtc(leftover) < DateTime.UtcNow.AddHours(-1))
                {
                    TryDelete(leftover);
                }
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for RemoveLeftovers on a later run; the mirror itself is complete.
        }
    }

    private static string RandomSuffix() => Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();

    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
