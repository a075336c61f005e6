namespace Kawasaki.Tabunka.Core.Configuration;

/// <summary>
/// Turns the configured paths into absolute ones and fills the defaults. The defaults come
/// from the repository layout so that <c>dotnet run</c> and the tools work from a clone with
/// no configuration at all.
/// </summary>
public static class TabunkaPaths
{
    /// <summary>The file that marks the repository root.</summary>
    public const string RepositoryMarker = "Kawasaki.Tabunka.sln";

    /// <summary>
    /// Fills <see cref="TabunkaOptions.ContentPath"/>, <see cref="TabunkaOptions.LocalesPath"/>
    /// and <see cref="TabunkaOptions.DataPath"/>: configured values are made absolute, unset
    /// ones default to the repository found above any of <paramref name="searchFrom"/>.
    /// Paths that cannot be found stay null for validation to report.
    /// </summary>
    public static void Resolve(TabunkaOptions options, IEnumerable<string> searchFrom)
    {
        var repository = searchFrom.Select(FindRepositoryRoot).FirstOrDefault(r => r is not null);
        options.ContentPath = Absolute(options.ContentPath) ?? (repository is null ? null : Path.Combine(repository, "content"));
        options.LocalesPath = Absolute(options.LocalesPath) ?? (repository is null ? null : Path.Combine(repository, "locales"));
        options.DataPath = Absolute(options.DataPath)
            ?? (options.ContentPath is null ? null : Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(options.ContentPath))!, "data"));
        options.Mirror.Path = Absolute(options.Mirror.Path);
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> holding the solution file.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, RepositoryMarker)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>Problems with resolved options (paths and every other setting), in words an operator can act on.</summary>
    public static IReadOnlyList<string> Validate(TabunkaOptions options)
    {
        var problems = new List<string>();
        if (options.ContentPath is null)
        {
            problems.Add("Tabunka:ContentPath is not set and no repository was found: set it to the folder of published guides.");
        }
        else if (!Directory.Exists(options.ContentPath))
        {
            problems.Add($"Tabunka:ContentPath '{options.ContentPath}' does not exist.");
        }

        if (options.LocalesPath is null)
        {
            problems.Add("Tabunka:LocalesPath is not set and no repository was found: set it to the folder of locale files.");
        }
        else if (!File.Exists(Path.Combine(options.LocalesPath, "en.json")))
        {
            problems.Add($"Tabunka:LocalesPath '{options.LocalesPath}' has no en.json.");
        }

        if (options.DataPath is null)
        {
            problems.Add("Tabunka:DataPath is not set.");
        }

        if (options.PublicOrigin is { Length: > 0 } origin && !IsOrigin(origin))
        {
            problems.Add($"Tabunka:PublicOrigin '{origin}' must be a scheme and host only, e.g. https://tabunka.example.jp");
        }

        if (options.Mirror.Origin is { Length: > 0 } mirrorOrigin && !IsOrigin(mirrorOrigin))
        {
            problems.Add($"Tabunka:Mirror:Origin '{mirrorOrigin}' must be a scheme and host only, e.g. http://127.0.0.1:5000");
        }

        if (options.Mirror.Path is { } mirror)
        {
            // The site watches these folders: a mirror written inside one would reload the
            // content, which changes the site, which writes the mirror again.
            var watched = new[] { ("ContentPath", options.ContentPath), ("LocalesPath", options.LocalesPath) };
            foreach (var (key, folder) in watched)
            {
                if (folder is not null && IsWithin(mirror, folder))
                {
                    problems.Add($"Tabunka:Mirror:Path '{mirror}' is inside Tabunka:{key}: put the mirror in a folder of its own.");
                }
            }

            if (Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(mirror)) is null)
            {
                problems.Add($"Tabunka:Mirror:Path '{mirror}' is a file system root: the mirror is replaced whole, so give it a folder of its own.");
            }
        }

        if (options.Search.RequestsPerMinute <= 0)
        {
            problems.Add("Tabunka:Search:RequestsPerMinute must be a positive number.");
        }

        if (options.Staff.SessionCheckSeconds < 0)
        {
            problems.Add("Tabunka:Staff:SessionCheckSeconds must be 0 or more.");
        }

        problems.AddRange(options.Proxy.KnownProxies.Where(p => !System.Net.IPAddress.TryParse(p, out _))
            .Select(p => $"Tabunka:Proxy:KnownProxies: '{p}' is not an IP address."));
        problems.AddRange(options.Proxy.KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _))
            .Select(n => $"Tabunka:Proxy:KnownNetworks: '{n}' is not a network like 10.0.0.0/8."));
        var database = options.Database;
        if (!database.IsPostgreSql && !string.Equals(database.Provider, DatabaseSettings.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"Tabunka:Database:Provider '{database.Provider}' must be sqlite or postgresql.");
        }
        else if (database.IsPostgreSql && string.IsNullOrWhiteSpace(database.ConnectionString))
        {
            problems.Add("Tabunka:Database:ConnectionString must be set when Tabunka:Database:Provider is postgresql.");
        }

        if (database.CatchUpSeconds < 1)
        {
            problems.Add("Tabunka:Database:CatchUpSeconds must be 1 or more.");
        }

        return problems;
    }

    /// <summary>An <c>http</c> or <c>https</c> address with no path or query.</summary>
    public static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.AbsolutePath == "/" && uri.Query.Length == 0;

    private static bool IsWithin(string path, string folder)
    {
        var relative = Path.GetRelativePath(Path.TrimEndingDirectorySeparator(folder), Path.TrimEndingDirectorySeparator(path));
        return relative == "." || !(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }

    private static string? Absolute(string? path) =>
        string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path);
}
