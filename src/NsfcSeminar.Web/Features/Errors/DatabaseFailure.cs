using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace NsfcSeminar.Web.Features.Errors;

internal static class DatabaseFailure
{
    /// <summary>True when the error means the database could not be reached or stopped answering,
    /// rather than a fault in the portal: the reader is told to try again.</summary>
    public static bool IsUnavailable(Exception? error)
    {
        // A database that answered "no" (a full lock table, a broken constraint) was reached.
        if (NsfcSeminar.Data.DatabaseRefusal.Find(error) is not null)
        {
            return false;
        }

        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                case TimeoutException:
                case PostgresException { SqlState: "57P01" or "57P02" or "57P03" }:

                // The execution strategy gave up retrying transient failures.
                case RetryLimitExceededException:
                    return true;
            }
        }

        return false;
    }
}
