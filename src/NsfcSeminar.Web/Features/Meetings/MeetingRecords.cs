using System.Data.Common;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>A meeting's id beside its record as a page shows it.</summary>
internal sealed record FoundMeeting(int Id, MeetingRecord Record);

/// <summary>Meetings' facts and texts, their collections left empty: one row per language version
/// (two at most), for the meetings of <c>@slugs</c>. Only the columns a page shows are read (a
/// theme's or organisation's descriptions never).</summary>
internal static class MeetingRecords
{
    public const string FactsSql = """
        SELECT m.id, m.status, m.visibility, m.slug, m.kind, s.slug, s.name_en, s.name_zh, m.sequence_number,
               m.sequence_term_en, m.sequence_term_zh, m.start_date, m.end_date, m.place_en, m.place_zh, m.format,
               o.slug, o.name_en, o.name_zh, m.is_sample,
               t.language, t.title, t.stated_theme, t.summary, t.minutes_markdown, t.provenance, t.translated_by
        FROM meetings AS m
        LEFT JOIN meeting_series AS s ON s.id = m.series_id
        LEFT JOIN organisations AS o ON o.id = m.organiser_id
        LEFT JOIN meeting_texts AS t ON t.meeting_id = m.id
        WHERE m.slug = ANY(@slugs)
        ORDER BY m.id, t.language
        """;

    /// <summary>The meetings of the statement's rows that <paramref name="access"/> may see, by
    /// the one rule (<see cref="ReaderAccess.MaySee"/>).</summary>
    public static Task<List<FoundMeeting>> ReadFactsAsync(DbDataReader row, ReaderAccess access, CancellationToken ct) =>
        row.ReadWithPartsAsync(
            20,
            (meeting, texts) => access.MaySee(meeting.Enum<PublicationStatus>(1), meeting.Enum<Visibility>(2))
                ? new FoundMeeting(meeting.GetInt32(0), Facts(meeting, texts))
                : null,
            text => new MeetingTextVersion(
                text.Language(20), text.GetString(21), text.Text(22), text.Text(23), text.Text(24), text.Enum<TextProvenance>(25), text.Text(26)),
            ct);

    private static MeetingRecord Facts(DbDataReader row, IReadOnlyList<MeetingTextVersion> texts) => new(
        row.GetString(3),
        row.Enum<MeetingKind>(4),
        row.Link(5),
        row.Number(8),
        row.Bilingual(9),
        row.GetFieldValue<DateOnly>(11),
        row.Date(12),
        row.Bilingual(13),
        row.OptionalEnum<MeetingFormat>(15),
        row.Link(16),
        row.GetBoolean(19),
        row.Enum<Visibility>(2),
        texts,
        [], [], [], [], [], []);
}
