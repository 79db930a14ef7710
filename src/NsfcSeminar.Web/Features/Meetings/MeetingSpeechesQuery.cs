using System.Data.Common;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>The speeches of the meeting of <c>@slug</c> with their texts: one statement, one row
/// per text (a speech has one or two), so the join repeats only a few short columns of the
/// speech. Their themes would multiply the texts: they come from <see cref="MeetingThemesQuery"/>.</summary>
internal static class MeetingSpeechesQuery
{
    public const string Sql = """
        SELECT s.id, s.anchor, s.kind, p.slug, p.name_en, p.name_zh, p.honorific_en, p.honorific_zh,
               o.slug, o.name_en, o.name_zh, g.id, g.name_en, g.name_zh,
               s.speaker_description_en, s.speaker_description_zh, se.anchor,
               t.language, t.title, t.summary, t.body_markdown, t.provenance, t.translated_by
        FROM speeches AS s
        LEFT JOIN people AS p ON p.id = s.speaker_person_id
        LEFT JOIN organisations AS o ON o.id = s.speaker_organisation_id
        LEFT JOIN attendee_groups AS g ON g.id = s.speaker_group_id
        LEFT JOIN meeting_sessions AS se ON se.id = s.session_id
        LEFT JOIN speech_texts AS t ON t.speech_id = s.id
        WHERE s.meeting_id = (SELECT id FROM meetings WHERE slug = @slug)
        ORDER BY s.sort_order, s.id, t.language
        """;

    public static async Task<IReadOnlyList<SpeechItem>> ReadAsync(DbDataReader row, ILookup<int, RecordLink> themes, CancellationToken ct) =>
        await row.ReadWithPartsAsync(
            17,
            (speech, texts) => Speech(speech, texts, themes[speech.GetInt32(0)].ToList()),
            text => new SpeechTextVersion(text.Language(17), text.GetString(18), text.Text(19), text.GetString(20), text.Enum<TextProvenance>(21), text.Text(22)),
            ct);

    private static SpeechItem Speech(DbDataReader row, IReadOnlyList<SpeechTextVersion> texts, IReadOnlyList<RecordLink> themes)
    {
        var person = row.Link(3);
        return new SpeechItem(
            row.GetString(1),
            row.Enum<SpeechKind>(2),
            person,
            person is null ? null : row.Bilingual(6),
            row.Link(8),
            texts,
            themes,
            row.IsDBNull(11) ? null : row.Bilingual(12),
            row.Bilingual(14),
            row.Text(16));
    }
}
