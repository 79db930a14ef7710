using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Migrations.Sql;
using NsfcSeminar.Web.Hosting.Cluster;
using NsfcSeminar.Web.Hosting.Notifications;

namespace NsfcSeminar.Web.Hosting.PageCache;

/// <summary>
/// Evicts this instance's cached pages as PostgreSQL announces committed changes on
/// <c>archive_changes</c> (ADR-019): a meeting's rows evict its page and every listing (its own facts
/// and titles also the pages that name it beside their own); anything
/// else, or a notification that may have been missed (the listener reconnected), evicts all.
/// With a replica, the same eviction runs again once the replica may have lagged its longest,
/// so that a page rendered from the replica before it replayed the change is not kept.
/// </summary>
internal sealed partial class PageCacheEviction(
    IDbContextFactory<SeminarDbContext> dbFactory,
    IOutputCacheStore store,
    IOptions<ReplicaOptions> replica,
    ILogger<PageCacheEviction> logger) : BackgroundService
{
    /// <summary>Evictions since start, for tests and the operator.</summary>
    public long Evictions => Interlocked.Read(ref _evictions);

    private long _evictions;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        new ChannelListener(dbFactory, ArchiveSqlNotices.Channel, payload => Evict(payload, stoppingToken), () => Evict(ArchiveSqlNotices.Everything, stoppingToken), logger)
            .ListenAsync(stoppingToken);

    /// <summary>The tags a notification's payload evicts.</summary>
    public static IReadOnlyList<string> TagsOf(string payload)
    {
        if (payload.Length < 2 || payload[1] != ':' || payload[0] is not ('m' or 'n'))
        {
            return [PageCacheTags.Archive];
        }

        var meetings = payload[2..].Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => PageCacheTags.Meeting(int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)));
        return payload[0] == 'n' ? [PageCacheTags.Listings, PageCacheTags.MeetingNames, .. meetings] : [PageCacheTags.Listings, .. meetings];
    }

    private void Evict(string payload, CancellationToken ct)
    {
        var tags = TagsOf(payload);
        _ = EvictAsync(tags, TimeSpan.Zero, ct);
        if (replica.Value.IsConfigured)
        {
            _ = EvictAsync(tags, TimeSpan.FromSeconds(replica.Value.MaxLagSeconds + 0.5), ct);
        }
    }

    private async Task EvictAsync(IReadOnlyList<string> tags, TimeSpan after, CancellationToken ct)
    {
        try
        {
            if (after > TimeSpan.Zero)
            {
                await Task.Delay(after, ct);
            }

            foreach (var tag in tags)
            {
                await store.EvictByTagAsync(tag, ct);
            }

            Interlocked.Increment(ref _evictions);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogEvictionFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Cached pages could not be evicted after a change.")]
    private static partial void LogEvictionFailed(ILogger logger, Exception exception);
}
