using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Alerts;

namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>The digest's progress: when it last ran and runs next, and per period how many
/// searches were due, how many mails were sent, wait to be retried or failed, with the errors.</summary>
internal sealed class DigestProgressQuery(IDbContextFactory<SeminarDbContext> dbFactory, IOptions<AlertOptions> options, TimeProvider clock)
{
    public async Task<DigestProgress> LoadAsync(int periods, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var runs = await db.DigestRuns.AsNoTracking()
            .OrderByDescending(r => r.PeriodStart).ThenBy(r => r.Frequency)
            .Take(periods)
            .Select(r => new
            {
                Run = r,
                Sent = db.AlertMails.Count(m => m.DigestRunId == r.Id && m.Status == AlertMailStatus.Sent),
                Waiting = db.AlertMails.Count(m => m.DigestRunId == r.Id && m.Status == AlertMailStatus.Pending),
                Failed = db.AlertMails.Count(m => m.DigestRunId == r.Id && m.Status == AlertMailStatus.Failed),
                Errors = db.AlertMails.Where(m => m.DigestRunId == r.Id && m.LastError != null).OrderBy(m => m.Id).Select(m => m.LastError!).Take(5).ToList(),
            })
            .ToListAsync(ct);
        var lastRun = await db.DigestRuns.MaxAsync(r => (DateTimeOffset?)(r.FinishedAt ?? r.StartedAt), ct);
        var active = await db.SavedSearches.CountAsync(s => s.UnsubscribedAt == null, ct);
        var now = clock.GetUtcNow();
        var next = Enum.GetValues<DigestFrequency>().ToDictionary(f => f, f => DigestPeriods.Next(f, now, options.Value.DigestHourUtc));
        return new DigestProgress(lastRun, next, active, [.. runs.Select(r => new DigestPeriodRow(
            r.Run.Frequency, r.Run.PeriodStart, r.Run.StartedAt, r.Run.FinishedAt, r.Run.SearchesDue, r.Sent, r.Waiting, r.Failed, r.Run.LastError, r.Errors))]);
    }
}
