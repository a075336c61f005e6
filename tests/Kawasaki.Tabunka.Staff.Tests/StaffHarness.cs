using Kawasaki.Tabunka.Core;
using Kawasaki.Tabunka.Core.Content;
using Kawasaki.Tabunka.Staff.Accounts;
using Kawasaki.Tabunka.Staff.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kawasaki.Tabunka.Staff.Tests;

/// <summary>The staff services over a scratch content folder and database, wired as the site wires them.</summary>
public sealed class StaffHarness : IAsyncDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("staff-").FullName;
    private readonly ServiceProvider _services;

    private StaffHarness(string? postgres)
    {
        Directory.CreateDirectory(ContentPath);
        var repository = Core.Configuration.TabunkaPaths.FindRepositoryRoot(AppContext.BaseDirectory)!;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tabunka:ContentPath"] = ContentPath,
            ["Tabunka:DataPath"] = DataPath,
            ["Tabunka:LocalesPath"] = Path.Combine(repository, "locales"),
            ["Tabunka:Database:Provider"] = postgres is null ? "sqlite" : "postgresql",
            ["Tabunka:Database:ConnectionString"] = postgres,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddTabunkaCore(configuration);
        services.AddTabunkaStaff();
        _services = services.BuildServiceProvider();
    }

    public string ContentPath => Path.Combine(_root, "content");

    public string DataPath => Path.Combine(_root, "data");

    public IServiceProvider Services => _services;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>The PostgreSQL connection string, or null on SQLite.</summary>
    public string? ConnectionString { get; private init; }

    public static async Task<StaffHarness> CreateAsync(StaffDatabaseKind database = StaffDatabaseKind.Sqlite)
    {
        var connection = database == StaffDatabaseKind.PostgreSql ? await PostgresServer.NewDatabaseAsync() : null;
        return await OnAsync(connection);
    }

    /// <summary>Another node's staff services: its own content and data folders, on the same PostgreSQL database as <paramref name="connectionString"/>.</summary>
    public static async Task<StaffHarness> OnAsync(string? connectionString)
    {
        var harness = await OnAsyncWithoutMigration(connectionString);
        using var scope = harness._services.CreateScope();
        await StaffDatabase.MigrateAsync(harness.Get<IDbContextFactory<StaffDbContext>>(), scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        return harness;
    }

    /// <summary>Staff services on a database that is not prepared (or does not answer).</summary>
    public static Task<StaffHarness> OnAsyncWithoutMigration(string? connectionString) =>
        Task.FromResult(new StaffHarness(connectionString) { ConnectionString = connectionString });

    public string WriteGuide(string relative, string text)
    {
        var path = Path.Combine(ContentPath, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        Get<ContentStore>().Reload();
        return path;
    }

    public string ReadGuide(string relative) => File.ReadAllText(Path.Combine(ContentPath, relative));

    public async Task<(StaffActor Actor, string Password)> AddUserAsync(string email, string role, params string[] languages)
    {
        using var scope = _services.CreateScope();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdmin>();
        var result = await admin.AddAsync("test", email, role, languages);
        Assert.True(result.Succeeded, result.Message);
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email);
        return (StaffAccounts.ActorFor(user!, [role], user!.SecurityStamp), result.Password!);
    }

    public static string Guide(string title, string body = "Text.", string? source = null) =>
        $"---\ntitle: \"{title}\"\nsummary: \"{title} summary\"\nupdated: 2026-04-01\n{(source is null ? "" : $"source: {source}\n")}---\n\n{body}\n";

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
