using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Alerts;
using NsfcSeminar.Web.Hosting;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>The digest's work on one period and one saved search: find what newly matches, then,
/// in one transaction, put the mail in the outbox and move the search's high-water mark.</summary>
internal sealed partial class DigestSearch(
    IDbContextFactory<SeminarDbContext> dbFactory,
    NewMatches newMatches,
    UnsubscribeToken tokens,
    IOptions<HostingOptions> hosting,
    IOptions<AlertOptions> options,
    IStringLocalizer<SharedResource> localizer,
    TimeProvider clock)
{
    /// <summary>The period's run, made by whichever instance comes first.</summary>
    public async Task<DigestRun> RunOfAsync(DigestFrequency frequency, DateTimeOffset period, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO digest_runs (frequency, period_start, started_at, searches_due) VALUES ({frequency.ToString()}, {period}, {now}, 0) ON CONFLICT (frequency, period_start) DO NOTHING",
            ct);
        return await db.DigestRuns.AsNoTracking().SingleAsync(r => r.Frequency == frequency && r.PeriodStart == period, ct);
    }

    /// <summary>Searches of this frequency, made before the period began, still mailed, and not yet
    /// processed for it. A search saved today has its first digest in the next period.</summary>
    public async Task<IReadOnlyList<long>> DueAsync(DigestFrequency frequency, DateTimeOffset period, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SavedSearches.AsNoTracking()
            .Where(s => s.Frequency == frequency && s.UnsubscribedAt == null && s.CreatedAt < period
                && (s.LastPeriod == null || s.LastPeriod < period))
            .OrderBy(s => s.Id)
            .Select(s => s.Id)
            .ToListAsync(ct);
    }

    /// <returns>False when the search was no longer due (processed, unsubscribed or deleted meanwhile).</returns>
    public async Task<bool> ProcessAsync(long id, long runId, DateTimeOffset period, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var search = await db.SavedSearches.AsNoTracking().Include(s => s.User).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (search?.User?.Email is not { } recipient)
        {
            return false;
        }

        // Never past the real clock, whatever period is being run, and a moment short of it
        // (AlertOptions.SettleSeconds): a record stamped before this but committed after would
        // otherwise fall behind the mark unseen.
        var through = (now < clock.GetUtcNow() ? now : clock.GetUtcNow()) - TimeSpan.FromSeconds(options.Value.SettleSeconds);
        var matches = through > search.MatchedThrough ? await newMatches.FindAsync(search.Query, search.MatchedThrough, through, ct) : [];
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async cancel =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancel);

            // The row stays locked until commit: a writer that got past the advisory lock some
            // other way waits here, then finds the search processed.
            var current = await db.SavedSearches
                .FromSql($"SELECT * FROM saved_searches WHERE id = {id} FOR UPDATE")
                .SingleOrDefaultAsync(cancel);
            if (current is null || current.UnsubscribedAt is not null || current.LastPeriod >= period)
            {
                return false;
            }

            if (matches.Count > 0)
            {
                db.AlertMails.Add(Mail(current, recipient, runId, period, matches, now));
            }

            current.LastPeriod = period;
            if (through > current.MatchedThrough)
            {
                current.MatchedThrough = through;
            }

            await db.SaveChangesAsync(cancel);
            await transaction.CommitAsync(cancel);
            return true;
        }, ct);
    }
}
