using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>
/// The harvest's reads. A page costs the same fixed number of SQL commands however long the
/// list is and however deep the harvest: two counts, one keyset query per record kind (split
/// into its collections), and, for full records, one detail query per kind.
/// </summary>
internal sealed partial class OaiRecordQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<DateTimeOffset?> EarliestDatestampAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // Every datestamp is at least its meeting's own UpdatedAt, so this is a true lower bound.
        return await HarvestableRecords.Meetings(db).AsNoTracking().MinAsync(m => (DateTimeOffset?)m.UpdatedAt, ct);
    }

    public async Task<IReadOnlyList<OaiSet>> SetsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var series = await HarvestableRecords.Series(db).AsNoTracking().OrderBy(s => s.Slug)
            .Select(s => new { s.Slug, s.Name.En, s.Name.Zh }).ToListAsync(ct);
        var themes = await HarvestableRecords.Themes(db).AsNoTracking().OrderBy(t => t.Slug)
            .Select(t => new { t.Slug, t.Name.En, t.Name.Zh }).ToListAsync(ct);
        return
        [
            new OaiSet(OaiSets.Series, "Meeting series"),
            .. series.Select(s => new OaiSet(OaiSets.ForSeries(s.Slug), SetName(s.En, s.Zh, s.Slug))),
            new OaiSet(OaiSets.Theme, "Reform themes"),
            .. themes.Select(t => new OaiSet(OaiSets.ForTheme(t.Slug), SetName(t.En, t.Zh, t.Slug))),
        ];
    }

    public async Task<OaiRecord?> FindAsync(OaiIdentifier identifier, DublinCoreMapping? metadata, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        List<MeetingHead> meetings = [];
        List<SpeechHead> speeches = [];
        if (identifier.SpeechAnchor is { } anchor)
        {
            speeches = await HarvestableRecords.Speeches(db).AsNoTracking().AsSplitQuery()
                .Where(s => s.Meeting.Slug == identifier.MeetingSlug && s.Anchor == anchor)
                .Select(SpeechHead.Projection).Take(1).ToListAsync(ct);
        }
        else
        {
            meetings = await HarvestableRecords.Meetings(db).AsNoTracking().AsSplitQuery()
                .Where(m => m.Slug == identifier.MeetingSlug)
                .Select(MeetingHead.Projection).Take(1).ToListAsync(ct);
        }

        var records = await RecordsAsync(db, meetings, speeches, metadata, ct);
        return records.Count == 0 ? null : records[0];
    }

    public async Task<OaiPage> PageAsync(OaiSelection selection, OaiPosition position, int size, DublinCoreMapping? metadata, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meetings = HarvestableRecords.Meetings(db).AsNoTracking().Matching(selection);
        var speeches = HarvestableRecords.Speeches(db).AsNoTracking().Matching(selection);
        var total = await meetings.CountAsync(ct) + await speeches.CountAsync(ct);

        List<MeetingHead> meetingHeads = [];
        var speechAfter = position.AfterId;
        OaiPosition? next = null;
        if (position.Phase == OaiPhase.Meetings)
        {
            meetingHeads = await meetings.Where(m => m.Id > position.AfterId).OrderBy(m => m.Id).Take(size + 1)
                .AsSplitQuery().Select(MeetingHead.Projection).ToListAsync(ct);
            if (meetingHeads.Count > size)
            {
                meetingHeads.RemoveAt(size);
                next = new OaiPosition(OaiPhase.Meetings, meetingHeads[^1].Id, position.Cursor + size);
            }

            speechAfter = 0;
        }

        List<SpeechHead> speechHeads = [];
        var room = size - meetingHeads.Count;
        if (next is null && room > 0)
        {
            speechHeads = await speeches.Where(s => s.Id > speechAfter).OrderBy(s => s.Id).Take(room + 1)
                .AsSplitQuery().Select(SpeechHead.Projection).ToListAsync(ct);
            if (speechHeads.Count > room)
            {
                speechHeads.RemoveAt(room);
                next = new OaiPosition(OaiPhase.Speeches, speechHeads[^1].Id, position.Cursor + size);
            }
        }
        else if (next is null && await speeches.AnyAsync(ct))
        {
            // The meetings filled the page exactly; the speeches start the next one.
            next = new OaiPosition(OaiPhase.Speeches, 0, position.Cursor + size);
        }

        return new OaiPage(await RecordsAsync(db, meetingHeads, speechHeads, metadata, ct), total, next);
    }

    private static string SetName(string? en, string? zh, string slug) =>
        en is not null && zh is not null ? $"{en} / {zh}" : en ?? zh ?? slug;
}
