using System.Data.Common;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>The themes of the meeting of <c>@slug</c> and those of each of its speeches: one
/// statement (the two joins as one UNION ALL), the meeting's own rows last.</summary>
internal static class MeetingThemesQuery
{
    public const string Sql = """
        SELECT NULL::integer AS speech_id, t.sort_order, t.slug, t.name_en, t.name_zh
        FROM meeting_themes AS mt
        JOIN reform_themes AS t ON t.id = mt.theme_id
        WHERE mt.meeting_id = (SELECT id FROM meetings WHERE slug = @slug)
        UNION ALL
        SELECT s.id, t.sort_order, t.slug, t.name_en, t.name_zh
        FROM speeches AS s
        JOIN speech_themes AS st ON st.speech_id = s.id
        JOIN reform_themes AS t ON t.id = st.theme_id
        WHERE s.meeting_id = (SELECT id FROM meetings WHERE slug = @slug)
        ORDER BY speech_id, sort_order
        """;

    public static async Task<(IReadOnlyList<RecordLink> OfMeeting, ILookup<int, RecordLink> OfSpeeches)> ReadAsync(DbDataReader row, CancellationToken ct)
    {
        var ofMeeting = new List<RecordLink>();
        var ofSpeeches = new List<(int SpeechId, RecordLink Theme)>();
        while (await row.ReadAsync(ct))
        {
            var theme = row.Link(2)!;
            if (row.Number(0) is { } speechId)
            {
                ofSpeeches.Add((speechId, theme));
            }
            else
            {
                ofMeeting.Add(theme);
            }
        }

        return (ofMeeting, ofSpeeches.ToLookup(t => t.SpeechId, t => t.Theme));
    }
}
