using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Editing;

/// <summary>A seminar in the editor's list.</summary>
public sealed record EditorMeetingItem(string Slug, string? TitleEn, string? TitleZh, DateOnly StartDate, PublicationStatus Status, Visibility Visibility, DateTimeOffset UpdatedAt);

/// <summary>Every seminar, whatever its status: editors see drafts and archived records too (this
/// query serves the Editor-only workspace, never a reading page). Drafts come first.</summary>
internal sealed class EditorMeetingListQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<IReadOnlyList<EditorMeetingItem>> ListAsync(PublicationStatus? status, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meetings = db.Meetings.AsNoTracking();
        if (status is { } wanted)
        {
            meetings = meetings.Where(m => m.Status == wanted);
        }

        return await meetings
            .OrderBy(m => m.Status == PublicationStatus.Draft ? 0 : m.Status == PublicationStatus.Published ? 1 : 2)
            .ThenByDescending(m => m.StartDate)
            .ThenBy(m => m.Slug)
            .Select(m => new EditorMeetingItem(
                m.Slug,
                m.Texts.Where(t => t.Language == Language.En).Select(t => t.Title).FirstOrDefault(),
                m.Texts.Where(t => t.Language == Language.Zh).Select(t => t.Title).FirstOrDefault(),
                m.StartDate,
                m.Status,
                m.Visibility,
                m.UpdatedAt))
            .ToListAsync(ct);
    }
}
