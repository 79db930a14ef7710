using System.Data.Common;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>Who took part in the meeting of <c>@slug</c>, in its order: a person (with the body
/// they represented), a body, or a named group. One statement.</summary>
internal static class MeetingParticipantsQuery
{
    public const string Sql = """
        SELECT pa.role, p.slug, p.name_en, p.name_zh, p.honorific_en, p.honorific_zh, o.slug, o.name_en, o.name_zh,
               g.id, g.name_en, g.name_zh, pa.position_en, pa.position_zh, pa.note_en, pa.note_zh,
               pa.group_size, pa.group_size_is_minimum
        FROM participations AS pa
        LEFT JOIN people AS p ON p.id = pa.person_id
        LEFT JOIN organisations AS o ON o.id = pa.organisation_id
        LEFT JOIN attendee_groups AS g ON g.id = pa.group_id
        WHERE pa.meeting_id = (SELECT id FROM meetings WHERE slug = @slug)
        ORDER BY pa.sort_order, pa.id
        """;

    public static async Task<IReadOnlyList<ParticipantItem>> ReadAsync(DbDataReader row, CancellationToken ct)
    {
        var participants = new List<ParticipantItem>();
        while (await row.ReadAsync(ct))
        {
            var person = row.Link(1);
            participants.Add(new ParticipantItem(
                row.Enum<ParticipantRole>(0),
                person,
                person is null ? null : row.Bilingual(4),
                row.Link(6),
                row.IsDBNull(9) ? null : row.Bilingual(10),
                row.Bilingual(12),
                row.Bilingual(14),
                row.Number(16),
                row.GetBoolean(17)));
        }

        return participants;
    }
}
