using System.Data.Common;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>The sessions and the sources of the meeting of <c>@slug</c>: a statement each.
/// Archived copies come without their bytes, one row per copy.</summary>
internal static class MeetingSourcesQuery
{
    public const string SessionsSql = """
        SELECT se.anchor, se.date, se.title_en, se.title_zh, p.slug, p.name_en, p.name_zh
        FROM meeting_sessions AS se
        LEFT JOIN people AS p ON p.id = se.chair_person_id
        WHERE se.meeting_id = (SELECT id FROM meetings WHERE slug = @slug)
        ORDER BY se.sort_order, se.id
        """;

    public const string SourcesSql = """
        SELECT so.id, sp.anchor, so.address, so.title_en, so.title_zh, so.publisher_en, so.publisher_zh,
               so.published_on, so.retrieved_on, so.language, c.sha256, c.file_name, c.content_type, c.size
        FROM sources AS so
        LEFT JOIN speeches AS sp ON sp.id = so.speech_id
        LEFT JOIN archived_copies AS c ON c.source_id = so.id
        WHERE so.meeting_id = (SELECT id FROM meetings WHERE slug = @slug)
        ORDER BY so.sort_order, so.id, c.id
        """;

    public static async Task<IReadOnlyList<SessionItem>> ReadSessionsAsync(DbDataReader row, CancellationToken ct)
    {
        var sessions = new List<SessionItem>();
        while (await row.ReadAsync(ct))
        {
            sessions.Add(new SessionItem(row.GetString(0), row.Date(1), row.Bilingual(2), row.Link(4)));
        }

        return sessions;
    }

    public static async Task<IReadOnlyList<SourceItem>> ReadSourcesAsync(DbDataReader row, CancellationToken ct) =>
        await row.ReadWithPartsAsync(
            10,
            (source, copies) => new SourceItem(
                source.Text(1), source.Text(2), source.Bilingual(3), source.Bilingual(5), source.Date(7), source.Date(8),
                source.IsDBNull(9) ? null : source.Language(9), copies),
            copy => new CopyItem(copy.GetString(10), copy.GetString(11), copy.GetString(12), copy.GetInt64(13)),
            ct);

    /// <summary>The sources alone, for the editor's list of them: one statement.</summary>
    public static async Task<IReadOnlyList<SourceItem>> ReadSourcesAsync(SeminarDbContext db, string meetingSlug, CancellationToken ct)
    {
        await using var rows = await MeetingStatements.ReadAsync(db, SourcesSql, [meetingSlug], ct);
        return await ReadSourcesAsync(rows.DbDataReader, ct);
    }
}
