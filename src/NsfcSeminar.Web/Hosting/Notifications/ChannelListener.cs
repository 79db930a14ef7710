using Microsoft.EntityFrameworkCore;
using Npgsql;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Hosting.Notifications;

/// <summary>
/// Listens on a connection of its own, to the primary, for PostgreSQL's notifications on one
/// channel (sent when the changing transaction commits) and passes each payload on. When the
/// connection is lost it connects again, and says so (<paramref name="listeningAgain"/>): what
/// changed meanwhile was not heard, so the listener must look for itself. The search copy
/// (ADR-017) and the page cache (ADR-019) each listen on their channel.
/// </summary>
internal sealed partial class ChannelListener(
    IDbContextFactory<SeminarDbContext> dbFactory, string channel, Action<string> notified, Action listeningAgain, ILogger logger)
{
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
                LogListeningLost(logger, channel, e);
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
        connection.Notification += (_, e) => notified(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        Listening = true;
        listeningAgain();
        while (true)
        {
            if (!await connection.WaitAsync(ProbeEvery, ct))
            {
                await using var probe = new NpgsqlCommand("SELECT 1", connection);
                await probe.ExecuteScalarAsync(ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notifications on {Channel} are not heard; listening again in a few seconds.")]
    private static partial void LogListeningLost(ILogger logger, string channel, Exception exception);
}
