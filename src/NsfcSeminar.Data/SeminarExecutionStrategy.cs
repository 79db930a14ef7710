using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace NsfcSeminar.Data;

/// <summary>
/// Retries what a retry can mend (a dropped connection, a server restarting, a serialization
/// failure) but not a database that refuses or cannot be found: retrying that only kept a reader
/// waiting some four seconds for the same "unavailable" answer.
/// </summary>
internal sealed class SeminarExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries)
{
    public const int MaxRetries = 3;

    protected override bool ShouldRetryOn(Exception? exception)
    {
        if (IsShuttingDown(exception))
        {
            // Every idle connection in the pool was cut by the same shutdown; without clearing,
            // each retry would take another dead one from the pool.
            Npgsql.NpgsqlConnection.ClearAllPools();
            return true;
        }

        return !IsDown(exception) && !IsOutOfResources(exception) && base.ShouldRetryOn(exception);
    }

    /// <summary>A server stopped or restarted under a query (57P01, 57P02): the next connection
    /// goes elsewhere (a reader's to the primary when the standby stops) or to the server back up.</summary>
    private static bool IsShuttingDown(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.PostgresException { SqlState: "57P01" or "57P02" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A full lock table or memory ("out of shared memory", class 53) comes back the
    /// same on every try: Npgsql calls it transient, but retrying a whole import three times
    /// only took three times as long to fail.</summary>
    private static bool IsOutOfResources(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.PostgresException { SqlState: ['5', '3', ..] })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDown(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NetworkUnreachable or SocketError.HostUnreachable })
            {
                return true;
            }
        }

        return false;
    }
}
