using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Features.Search.Mirror;

/// <summary>
/// Builds the search copy when the portal starts. A small archive is copied before the portal
/// takes requests (well under a second), so that its first search is the copy's; a large one is
/// copied in the background while PostgreSQL answers searches.
/// </summary>
internal sealed partial class SearchMirrorBuild(
    SearchMirror mirror,
    IDbContextFactory<SeminarDbContext> dbFactory,
    IConfiguration configuration,
    IHostApplicationLifetime lifetime,
    ILogger<SearchMirrorBuild> logger) : IHostedService
{
    private Task _build = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Off only where the database is deliberately absent (the tests of the error page).
        if (!configuration.GetValue("Seminar:InitialiseDatabase", defaultValue: true))
        {
            return;
        }

        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await connection.OpenAsync(cancellationToken);
            var documents = await SearchMirror.CountAsync(connection, null, cancellationToken);
            _build = BuildAsync(documents, lifetime.ApplicationStopping);
            if (documents <= SearchMirror.WaitForBuildUpTo)
            {
                await _build;
            }
        }
        catch (NpgsqlException e)
        {
            LogFailed(logger, e);
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
            // Stopping mid-build: the copy is discarded with the process.
        }
    }

    private async Task BuildAsync(long documents, CancellationToken ct)
    {
        await Task.Yield();
        var started = Stopwatch.GetTimestamp();
        try
        {
            var resumed = await mirror.StartAsync(ct);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (resumed)
            {
                LogResumed(logger, seconds);
            }
            else
            {
                LogBuilt(logger, documents, seconds);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search copy built: {Documents} documents in {Seconds:F1} s.")]
    private static partial void LogBuilt(ILogger logger, long documents, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search copy resumed from the kept folder in {Seconds:F1} s; the next search catches up.")]
    private static partial void LogResumed(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The search copy could not be built; searches run in PostgreSQL.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
