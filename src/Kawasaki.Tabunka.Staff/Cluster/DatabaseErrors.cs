using System.Net.Sockets;
using Npgsql;

namespace Kawasaki.Tabunka.Staff.Cluster;

/// <summary>Tells "the database cannot be reached now" from every other failure, so staff see a clear message instead of an error page.</summary>
public static class DatabaseErrors
{
    public static bool IsUnavailable(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Connection exceptions (08), shutting down or starting up (57P0x), out of resources (53).
                case PostgresException pg:
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState.StartsWith("57P", StringComparison.Ordinal) || pg.SqlState.StartsWith("53", StringComparison.Ordinal);
                case NpgsqlException:
                case SocketException:
                case TimeoutException:
                case EndOfStreamException:
                    return true;
            }
        }

        return false;
    }
}
