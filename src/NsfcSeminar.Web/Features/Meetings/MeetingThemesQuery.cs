using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>The themes of a meeting whose visibility <see cref="MeetingRecordQuery"/> has already
/// checked, and those of each of its speeches: one SQL command (the two joins as one UNION ALL),
/// since on two busy cores every command's round trip waits for a core twice.</summary>
internal static class MeetingThemesQuery
{
    public static async Task<(IReadOnlyList<RecordLink> OfMeeting, ILookup<int, RecordLink> OfSpeeches)> ReadAsync(
        SeminarDbContext db, int meetingId, CancellationToken ct)
    {
        var ofMeeting = db.Meetings
            .Where(m => m.Id == meetingId)
            .SelectMany(m => m.Themes, (m, t) => new { SpeechId = (int?)null, t.SortOrder, t.Slug, t.Name.En, t.Name.Zh });
        var ofSpeeches = db.Speeches
            .Where(s => s.MeetingId == meetingId)
            .SelectMany(s => s.Themes, (s, t) => new { SpeechId = (int?)s.Id, t.SortOrder, t.Slug, t.Name.En, t.Name.Zh });
        var rows = await ofMeeting.Concat(ofSpeeches)
            .AsNoTracking()
            .OrderBy(t => t.SpeechId).ThenBy(t => t.SortOrder)
            .ToListAsync(ct);
        return (
            rows.Where(t => t.SpeechId is null).Select(t => Link(t.Slug, t.En, t.Zh)).ToList(),
            rows.Where(t => t.SpeechId is not null).ToLookup(t => t.SpeechId!.Value, t => Link(t.Slug, t.En, t.Zh)));
    }

    private static RecordLink Link(string slug, string? en, string? zh) => new(slug, Bilingual.Of(en, zh));
}
