using Npgsql;
using NpgsqlTypes;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>The SQL the copy reads PostgreSQL with. Whatever <c>search_documents</c> holds is
/// the truth; the copy only copies it, with the texts the rows were built from.</summary>
internal static class CopyStatements
{
    /// <summary>
    /// The oldest transaction still running (every transaction before it has ended, so its
    /// changes are visible now) and the meetings changed by transactions from
    /// <c>@horizon</c> on. A change noted by a transaction newer than this snapshot's end
    /// cannot be one made here: it came with a restored dump, whose documents are already read.
    /// </summary>
    public const string Changes = """
        SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint,
               coalesce(array_agg(meeting_id), '{}'), coalesce(array_agg(changed_xid::text::bigint), '{}')
        FROM search_changes
        WHERE changed_xid >= @horizon::text::xid8 AND changed_xid < pg_snapshot_xmax(pg_current_snapshot())
        """;

    /// <summary>The <c>@horizon</c> of <see cref="Changes"/>.</summary>
    public static NpgsqlParameter HorizonParameter(long horizon) => new("horizon", NpgsqlDbType.Bigint) { Value = horizon };

    public const string Database = """
        SELECT (SELECT system_identifier FROM pg_control_system())::text || '/' || oid::text
        FROM pg_database WHERE datname = current_database()
        """;

    public const string Count = "SELECT count(*) FROM search_documents";

    public const string Horizon = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    /// <summary>The documents of some meetings (<c>@all</c> false) or of all.</summary>
    public const string Documents = Columns + "\nFROM search_documents d\n" + Names + "\nWHERE @all OR d.meeting_id = ANY (@meetings)";

    /// <summary>About <c>@percent</c> of the documents, the same ones while the table is unchanged:
    /// what <see cref="CommonFours"/> samples.</summary>
    public const string Sample = Columns + "\nFROM search_documents d TABLESAMPLE BERNOULLI (@percent) REPEATABLE (0)\n" + Names;

    private const string Columns = """
        SELECT d.id, d.meeting_id, d.meeting_date, d.series_id, d.kind, d.person_id, d.organisation_id,
               d.languages::text[], d.theme_ids, d.status, d.visibility,
               CASE WHEN d.speech_id IS NULL
                    THEN (SELECT string_agg(t.title, ' ') FROM meeting_texts t WHERE t.meeting_id = d.meeting_id)
                    ELSE (SELECT string_agg(t.title, ' ') FROM speech_texts t WHERE t.speech_id = d.speech_id) END,
               concat_ws(' ',
                 (SELECT string_agg(concat_ws(' ', r.name_en, r.name_zh), ' ') FROM reform_themes r WHERE r.id = ANY (d.theme_ids)),
                 p.name_en, p.name_zh, o.name_en, o.name_zh, o.short_name_en, o.short_name_zh,
                 CASE WHEN d.speech_id IS NULL
                      THEN (SELECT string_agg(t.stated_theme, ' ') FROM meeting_texts t WHERE t.meeting_id = d.meeting_id) END,
                 -- Everyone who took part is found through the meeting, whether they spoke or not;
                 -- a speech is found by a group or an unnamed speaker as by a person.
                 CASE WHEN d.speech_id IS NULL
                      THEN (SELECT string_agg(concat_ws(' ', xp.name_en, xp.name_zh, xg.name_en, xg.name_zh, xo.name_en, xo.name_zh, x.note_en, x.note_zh), ' ')
                            FROM participations x LEFT JOIN people xp ON xp.id = x.person_id
                            LEFT JOIN attendee_groups xg ON xg.id = x.group_id LEFT JOIN organisations xo ON xo.id = x.organisation_id
                            WHERE x.meeting_id = d.meeting_id)
                      ELSE (SELECT concat_ws(' ', sg.name_en, sg.name_zh, s.speaker_description_en, s.speaker_description_zh)
                            FROM speeches s LEFT JOIN attendee_groups sg ON sg.id = s.speaker_group_id WHERE s.id = d.speech_id) END),
               CASE WHEN d.speech_id IS NULL
                    THEN (SELECT string_agg(concat_ws(' ', t.summary, t.minutes_markdown), ' ') FROM meeting_texts t WHERE t.meeting_id = d.meeting_id)
                    ELSE (SELECT string_agg(concat_ws(' ', t.summary, t.body_markdown), ' ') FROM speech_texts t WHERE t.speech_id = d.speech_id) END
               || coalesce(' ' || (SELECT string_agg(c.extracted_text, ' ') FROM sources r JOIN archived_copies c ON c.source_id = r.id
                                   WHERE r.meeting_id = d.meeting_id AND r.speech_id IS NOT DISTINCT FROM d.speech_id), '')
        """;

    /// <summary>The speaker and organisation a document names.</summary>
    private const string Names = """
        LEFT JOIN people p ON p.id = d.person_id
        LEFT JOIN organisations o ON o.id = d.organisation_id
        """;
}
