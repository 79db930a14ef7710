using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Data.Sample;

namespace NsfcSeminar.Data;

/// <summary>Brings the database up to date at start-up: migrations first, then the sample
/// archive when the archive is empty.</summary>
public static partial class SeminarDatabase
{
    public static async Task InitialiseAsync(IServiceProvider services, bool loadSampleArchive, CancellationToken ct = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<SeminarDbContext>>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SeminarDatabase));
        await using var db = await factory.CreateDbContextAsync(ct);

        // Migrate takes its own transaction and a lock, so parallel instances cannot both apply
        // the same migration; the execution strategy retries a dropped connection.
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(() => db.Database.MigrateAsync(ct));

        if (!loadSampleArchive)
        {
            return;
        }

        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await db.Meetings.AnyAsync(ct))
            {
                return;
            }

            SampleArchive.AddTo(db);
            await db.SaveWithRevisionsAsync(ct);
            await transaction.CommitAsync(ct);
            LogSampleArchiveLoaded(logger);
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the sample archive into an empty database")]
    private static partial void LogSampleArchiveLoaded(ILogger logger);
}
