using Microsoft.EntityFrameworkCore;
using Npgsql;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// Listens on a connection of its own for PostgreSQL's notification that search documents
/// changed (sent when the changing transaction commits, ADR-017) and says so to the copy. When the
/// connection is lost it connects again; what changed meanwhile is found by the copy's polling,
/// and by one look as soon as it listens again.
/// </summary>
internal sealed partial class CopyNotifications(IDbContextFactory<SeminarDbContext> dbFactory, Action notified, Action lookAnyway, ILogger logger)
{
    /// <summary>The channel the trigger on <c>search_changes</c> notifies.</summary>
    public const string Channel = "search_changes";

    /// <summary>A listening connection sends nothing; now and then it asks something, so that a
    /// connection the server dropped is noticed.</summary>
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan ReconnectAfter = TimeSpan.FromSeconds(5);

    /// <summary>Whether a notification sent now would be heard.</summary>
    public bool Listening { get; private set; }

    public async Task ListenAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await ListenOnceAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                Listening = false;
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException or TimeoutException)
            {
                Listening = false;
                LogListeningLost(logger, e);
                try
                {
                    await Task.Delay(ReconnectAfter, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ListenOnceAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        connection.Notification += (_, _) => notified();
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        Listening = true;
        lookAnyway();
        while (true)
        {
            if (!await connection.WaitAsync(ProbeEvery, ct))
            {
                await using var probe = new NpgsqlCommand("SELECT 1", connection);
                await probe.ExecuteScalarAsync(ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search copy stopped hearing of changes; it listens again in a few seconds and looks for changes every few seconds meanwhile.")]
    private static partial void LogListeningLost(ILogger logger, Exception exception);
}
