namespace Kawasaki.Tabunka.Core.Configuration;

/// <summary>
/// The <c>Tabunka</c> configuration section (appsettings, or environment variables such as
/// <c>Tabunka__ContentPath</c>), bound once and validated at start for the site and the tools
/// alike. Unset paths default to the repository's folders, found by walking up from the
/// working directory; a published site must set them.
/// </summary>
public sealed class TabunkaOptions
{
    public const string SectionName = "Tabunka";

    /// <summary>Published guides: <c>{ContentPath}/{topic}/{id}/{lang}.md</c>, places under <c>places/</c>.</summary>
    public string? ContentPath { get; set; }

    /// <summary>UI strings: <c>{LocalesPath}/{lang}.json</c>.</summary>
    public string? LocalesPath { get; set; }

    /// <summary>Database, keys, banner, search logs. Defaults to <c>data/</c> beside the content folder.</summary>
    public string? DataPath { get; set; }

    /// <summary>
    /// The public address of the site (<c>https://tabunka.example.jp</c>), used in canonical
    /// links, alternates and the sitemap. Unset: the address the request came to, which only
    /// a host in <c>AllowedHosts</c> reaches.
    /// </summary>
    public string? PublicOrigin { get; set; }

    public SearchSettings Search { get; set; } = new();

    public StaffSettings Staff { get; set; } = new();

    public ProxySettings Proxy { get; set; } = new();

    public OfflineSettings Offline { get; set; } = new();

    public DatabaseSettings Database { get; set; } = new();

    public MirrorSettings Mirror { get; set; } = new();
}

/// <summary>
/// Section <c>Tabunka:Database</c>: where the staff state lives. <c>sqlite</c> (the default) keeps
/// it in <c>{DataPath}/staff.db</c> for one node; <c>postgresql</c> keeps everything that is state
/// — accounts, drafts, history, audit, keys, banner, zero-result counts and the published
/// content — in one PostgreSQL database that every node shares.
/// </summary>
public sealed class DatabaseSettings
{
    public const string Sqlite = "sqlite";
    public const string PostgreSql = "postgresql";

    public string Provider { get; set; } = Sqlite;

    /// <summary>Npgsql's connection string, e.g. <c>Host=127.0.0.1;Port=5432;Database=tabunka;Username=tabunka;Password=...</c>. Required for postgresql.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Seconds between two full comparisons of the shared content with the local copy, in case a notification was missed.</summary>
    public int CatchUpSeconds { get; set; } = 10;

    public bool IsPostgreSql => string.Equals(Provider, PostgreSql, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Section <c>Tabunka:Mirror</c>: a static copy of the public site that this node writes and
/// refreshes, for a web server to serve when no node answers. Set it on one node of a cluster
/// only: every node that has it writes the folder after each change.
/// </summary>
public sealed class MirrorSettings
{
    /// <summary>The mirror's folder (replaced whole on each refresh). Unset: no mirror.</summary>
    public string? Path { get; set; }

    /// <summary>
    /// The address the node fetches its own pages from (<c>http://127.0.0.1:5000</c>). Unset:
    /// the first <c>http</c> address it listens on (else the first), a wildcard host
    /// (<c>0.0.0.0</c>, <c>[::]</c>, <c>+</c>, <c>*</c>) read as 127.0.0.1.
    /// </summary>
    public string? Origin { get; set; }
}

/// <summary>Section <c>Tabunka:Offline</c>.</summary>
public sealed class OfflineSettings
{
    /// <summary>
    /// Whether <c>/sw.js</c> is the service worker that keeps pages for offline use. The kill
    /// switch: false serves a worker that deletes every copy and unregisters itself, on each
    /// phone's next visit.
    /// </summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>Section <c>Tabunka:Search</c>.</summary>
public sealed class SearchSettings
{
    /// <summary>
    /// Searches (page, API and suggestions together) per client address per minute, per node.
    /// Generous, because many phones share one carrier address, most of all in a disaster.
    /// </summary>
    public int RequestsPerMinute { get; set; } = 300;
}

/// <summary>Section <c>Tabunka:Staff</c>.</summary>
public sealed class StaffSettings
{
    /// <summary>
    /// How often a staff sign-in (a cookie, an open page) is checked against its account, in
    /// seconds. 0, the default, checks every request: a signed-out, disabled or changed account
    /// loses access at once, for the price of one database read per staff request.
    /// </summary>
    public int SessionCheckSeconds { get; set; }
}

/// <summary>Section <c>Tabunka:Proxy</c>: whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> to believe.</summary>
public sealed class ProxySettings
{
    /// <summary>Addresses of reverse proxies in front of the site, e.g. <c>127.0.0.1</c>. Empty: forwarded headers are ignored.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of reverse proxies in CIDR form, e.g. <c>10.0.0.0/8</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}
