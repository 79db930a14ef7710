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

    protected override bool ShouldRetryOn(Exception? exception) => !IsDown(exception) && base.ShouldRetryOn(exception);

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
