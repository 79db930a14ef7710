using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Web.Features.Meetings;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>Names the archived seminar a draft probably repeats (the same release drafted
/// again), before anything is saved: the same title, or the same date, series and number.</summary>
internal sealed class DraftDuplicates(IDbContextFactory<SeminarDbContext> dbFactory)
{
    private static readonly WarningText L = WarningText.Instance;

    public async Task<IReadOnlyList<DraftWarning>> FindAsync(DraftSeminar draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var seriesId = draft.SeriesSlug is null ? null : await db.MeetingSeries.Where(s => s.Slug == draft.SeriesSlug).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        var titles = new[] { draft.TitleEn, draft.TitleZh }.OfType<string>().Where(t => t.Length > 0).ToList();
        var candidate = new SeminarCandidate("", draft.StartDate ?? DateOnly.MinValue, seriesId, draft.SequenceNumber, titles);
        return [.. (await SeminarDuplicates.FindAsync(db, [candidate], ct))
            .Select(d => d.Reason == DuplicateReason.SameTitle
                ? L["Drafting.TheArchiveAlreadyHoldsASeminar", d.ArchivedSlug]
                : L["Drafting.TheArchiveAlreadyHoldsASeminarOfTheSameDateSeriesAnd", d.ArchivedSlug])];
    }
}
