using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace NsfcSeminar.IntegrationTests.Infrastructure;

/// <summary>Counts the SQL commands EF Core sends, so tests can pin a page's query count, and
/// how many of them went through a pool that prepares its statements.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int _count;
    private int _prepared;

    public int Count => Volatile.Read(ref _count);

    public int FromPreparingPool => Volatile.Read(ref _prepared);

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _prepared, 0);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Counted(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        if (command.Connection is { } connection && new NpgsqlConnectionStringBuilder(connection.ConnectionString).MaxAutoPrepare > 0)
        {
            Interlocked.Increment(ref _prepared);
        }
    }
}

public static class SqlCommandCounts
{
    /// <summary>How many SQL commands one successful GET of <paramref name="url"/> sends: rendering
    /// the page, or, with <paramref name="cacheAllowed"/>, answering as a reader's browser asks.</summary>
    public static async Task<int> CountSqlCommandsAsync(this PortalFactory portal, HttpClient client, string url, bool cacheAllowed = false)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(client);
        portal.SqlCommands.Reset();
        // The commands of rendering the page, not of the page cache's kept copy (which makes none).
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.CacheControl = cacheAllowed ? null : new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return portal.SqlCommands.Count;
    }
}
