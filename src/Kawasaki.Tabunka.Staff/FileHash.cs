using System.Security.Cryptography;
using System.Text;

namespace Kawasaki.Tabunka.Staff;

/// <summary>Identifies a version of a whole file, for "based on" checks and history.</summary>
public static class FileHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
