using Kawasaki.Tabunka.Core.Configuration;

namespace Kawasaki.Tabunka.Web.Tests.Infrastructure;

public static class Repository
{
    public static string Root { get; } = TabunkaPaths.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("tests run inside the repository");

    public static string Content => Path.Combine(Root, "content");

    public static string Locales => Path.Combine(Root, "locales");

    public static void CopyDirectory(string source, string target)
    {
        foreach (var dir in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, dir)));
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)), overwrite: true);
        }
    }
}
