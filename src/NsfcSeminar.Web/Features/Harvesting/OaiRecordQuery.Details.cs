using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Features.Harvesting;

internal sealed partial class OaiRecordQuery
{
    /// <summary>The records for the heads found: headers only, or with their metadata, read in one
    /// detail query per record kind.</summary>
    private static async Task<IReadOnlyList<OaiRecord>> RecordsAsync(
        SeminarDbContext db, List<MeetingHead> meetingHeads, List<SpeechHead> speechHeads, DublinCoreMapping? metadata, CancellationToken ct)
    {
        if (metadata is null)
        {
            return [.. meetingHeads.Select(h => new OaiRecord(h.ToHeader(), null)), .. speechHeads.Select(h => new OaiRecord(h.ToHeader(), null))];
        }

        var meetingIds = meetingHeads.Select(h => h.Id).ToList();
        var speechIds = speechHeads.Select(h => h.Id).ToList();
        var meetingDetails = meetingIds.Count == 0 ? [] : await db.Meetings.AsNoTracking().AsSplitQuery()
            .Where(m => meetingIds.Contains(m.Id)).Select(MeetingDetail.Projection).ToDictionaryAsync(d => d.Id, ct);
        var speechDetails = speechIds.Count == 0 ? [] : await db.Speeches.AsNoTracking().AsSplitQuery()
            .Where(s => speechIds.Contains(s.Id)).Select(SpeechDetail.Projection).ToDictionaryAsync(d => d.Id, ct);
        return
        [
            .. meetingHeads.Select(h => new OaiRecord(h.ToHeader(), metadata.ForMeeting(h, meetingDetails[h.Id]))),
            .. speechHeads.Select(h => new OaiRecord(h.ToHeader(), metadata.ForSpeech(h, speechDetails[h.Id]))),
        ];
    }
}
