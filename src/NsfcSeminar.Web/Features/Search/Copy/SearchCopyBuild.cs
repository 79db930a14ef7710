using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.Web.Hosting;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// Starts the search copy with the portal: a small archive is copied before the portal takes
/// requests (well under a second), so that its first search is the copy's; a large one is copied
/// in the background while the portal serves everything but search (/health/ready says not ready,
/// the search pages say how far the copy is). <c>Seminar:SearchCopyWaitUpTo</c> sets "small"
/// (documents; 0: never wait, for instances behind a balancer that asks /health/ready). The copy
/// then keeps itself up until it is disposed.
/// </summary>
internal sealed partial class SearchCopyBuild(
    SearchCopy copy,
    IDbContextFactory<SeminarDbContext> dbFactory,
    IOptions<SearchOptions> options,
    IOptions<DatabaseStartOptions> database,
    IHostApplicationLifetime lifetime,
    ILogger<SearchCopyBuild> logger) : IHostedService
{
    private Task _build = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Off only where the database is deliberately absent (the tests of the error page).
        if (!database.Value.InitialiseDatabase)
        {
            return;
        }

        long documents;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await connection.OpenAsync(cancellationToken);
            documents = await SearchCopy.CountAsync(connection, null, cancellationToken);
        }
        catch (NpgsqlException e)
        {
            // The copy keeps trying in the background.
            LogFailed(logger, e);
            documents = long.MaxValue;
        }

        _build = BuildAsync(lifetime.ApplicationStopping);
        if (documents <= options.Value.SearchCopyWaitUpTo)
        {
            await _build;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _build.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping mid-build: what the copy's folder last kept stays.
        }
    }

    private async Task BuildAsync(CancellationToken ct)
    {
        await Task.Yield();
        try
        {
            await copy.StartAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The search copy could not be built yet; it tries again in the background.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
