using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Kawasaki.Tabunka.Staff.Tests;

/// <summary>Which database a test's staff services use.</summary>
public enum StaffDatabaseKind
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// One real PostgreSQL server for the whole test run (tools/postgres.sh, Debian's package),
/// started on first use and stopped when the run ends; each harness gets its own database in
/// it. A server that cannot start fails the PostgreSQL tests with its log, never skips them.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to a new, empty database.</summary>
    public static async Task<string> NewDatabaseAsync()
    {
        var name = "staff_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(Server.Value))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(Server.Value) { Database = name }.ConnectionString;
    }

    private static string Start()
    {
        var repository = Core.Configuration.TabunkaPaths.FindRepositoryRoot(AppContext.BaseDirectory)!;
        var folder = Path.Combine(Path.GetTempPath(), "tabunka-test-pg-" + Guid.NewGuid().ToString("N")[..8]);
        var port = FreePort();
        var (code, output) = Run(Path.Combine(repository, "tools", "postgres.sh"), "start", folder, port.ToString(System.Globalization.CultureInfo.InvariantCulture), "fast");
        if (code != 0)
        {
            throw new InvalidOperationException($"PostgreSQL did not start (tools/postgres.sh exit {code}): {output}");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Run(Path.Combine(repository, "tools", "postgres.sh"), "stop", folder);
            Directory.Delete(folder, recursive: true);
        };
        return output.Trim().Split('\n')[^1];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static (int Code, string Output) Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash", [script, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
    }
}
