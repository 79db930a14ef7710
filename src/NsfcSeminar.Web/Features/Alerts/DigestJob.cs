using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Alerts;
using NsfcSeminar.Web.Hosting.Observability;

namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>
/// The digest (ADR-016): under a PostgreSQL advisory lock, so that one instance at a time runs
/// it however many portal instances tick, it processes every saved search not yet processed for
/// the current daily or weekly period, writing its mail to the outbox in the same transaction
/// that moves the search's high-water mark, and then sends the outbox. A second run in the same
/// period finds nothing due; a run after downtime covers everything since each search's mark.
/// </summary>
internal sealed partial class DigestJob(
    IDbContextFactory<SeminarDbContext> dbFactory,
    DigestSearch digestSearch,
    DigestOutbox outbox,
    IOptions<AlertOptions> options,
    TimeProvider clock,
    ILogger<DigestJob> log,
    SeminarMetrics? metrics = null)
{
    /// <summary>The advisory lock's key: "NSFCDGST" in ASCII, unlikely to meet another's.</summary>
    private const long LockKey = 0x4E53_4643_4447_5354;

    public async Task<DigestOutcome> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        if (!await ScalarAsync<bool>(connection, "SELECT pg_try_advisory_lock(@key)", ct))
        {
            Count("left-to-another");
            return DigestOutcome.Skipped;
        }

        try
        {
            var processed = 0;
            foreach (var frequency in Enum.GetValues<DigestFrequency>())
            {
                processed += await RunPeriodAsync(frequency, DigestPeriods.Current(frequency, now, options.Value.DigestHourUtc), now, ct);
            }

            var (sent, failed) = await outbox.SendPendingAsync(ct);
            Count(failed > 0 ? "failed" : sent > 0 ? "sent" : "nothing-new");
            return new DigestOutcome(true, processed, sent, failed);
        }
        finally
        {
            // The lock belongs to the session: give it back before the connection returns to the pool.
            await ScalarAsync<bool>(connection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
        }
    }

    private async Task<int> RunPeriodAsync(DigestFrequency frequency, DateTimeOffset period, DateTimeOffset now, CancellationToken ct)
    {
        var run = await digestSearch.RunOfAsync(frequency, period, now, ct);
        var due = await digestSearch.DueAsync(frequency, period, ct);
        if (due.Count == 0 && run.FinishedAt is not null)
        {
            return 0;
        }

        var processed = 0;
        string? error = null;
        foreach (var id in due)
        {
            try
            {
                processed += await digestSearch.ProcessAsync(id, run.Id, period, now, ct) ? 1 : 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Left due: the next tick tries again. The Admin's page shows the error.
                CouldNotProcess(log, e, frequency, period, id);
                error = $"Saved search {id}: {e.GetType().Name}: {e.Message}";
            }
        }

        var message = error is null ? null : error[..Math.Min(error.Length, DigestRun.ErrorMaxLength)];
        DateTimeOffset? finishedAt = error is null ? clock.GetUtcNow() : null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DigestRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.SearchesDue, r => r.SearchesDue + processed)
            .SetProperty(r => r.LastError, r => message ?? r.LastError)
            .SetProperty(r => r.FinishedAt, finishedAt), ct);
        return processed;
    }

    private void Count(string outcome) => metrics?.AlertRuns.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Frequency} digest of {Period} could not process saved search {Id}")]
    private static partial void CouldNotProcess(ILogger logger, Exception exception, DigestFrequency frequency, DateTimeOffset period, long id);

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", LockKey);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }
}
