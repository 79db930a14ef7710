using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Meetings;

namespace NsfcSeminar.Web.Features.Comparison;

/// <summary>The seminars a meeting page offers to compare with: the nearest in date to the
/// meeting of <c>@slug</c> that the reader may see, up to <see cref="EachSide"/> before and as many
/// after, oldest first. A list of the whole archive would put thousands of options on every
/// meeting page; the seminar before and after in a series, the usual comparison, are among the
/// nearest. One statement, which the meeting page sends with its record (<see cref="MeetingPageQuery"/>)
/// and the comparison page alone; the reader's visible states are the one rule's answer
/// (<see cref="ReaderAccess.VisibleStates"/>).</summary>
internal sealed class ComparisonChoicesQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public const int EachSide = 25;

    internal static readonly string Sql = $"""
        SELECT n.slug, n.start_date, en.title, zh.title
        FROM ({Nearest("<=", "DESC")} UNION ALL {Nearest(">", "ASC")}) AS n
        LEFT JOIN meeting_texts AS en ON en.meeting_id = n.id AND en.language = 'en'
        LEFT JOIN meeting_texts AS zh ON zh.meeting_id = n.id AND zh.language = 'zh'
        ORDER BY n.start_date, n.slug
        """;

    /// <summary>The parameters <see cref="Sql"/> takes beside <c>@slug</c>: the states of a
    /// meeting <paramref name="access"/> may see, as two arrays read in step.</summary>
    public static NpgsqlParameter[] Parameters(ReaderAccess access) =>
    [
        new("seen_statuses", access.VisibleStates.Select(s => s.Status.ToString()).ToArray()),
        new("seen_visibilities", access.VisibleStates.Select(s => s.Visibility.ToString()).ToArray()),
    ];

    public static async Task<IReadOnlyList<ComparableSeminar>> ReadAsync(DbDataReader row, CancellationToken ct)
    {
        var choices = new List<ComparableSeminar>();
        while (await row.ReadAsync(ct))
        {
            choices.Add(new ComparableSeminar(row.GetString(0), row.Bilingual(2), row.GetFieldValue<DateOnly>(1)));
        }

        return choices;
    }

    /// <summary>The nearest seminars the reader may see on one side of the meeting's date
    /// (<paramref name="side"/> compares a seminar's date with it), nearest first.</summary>
    private static string Nearest(string side, string order) => $"""
        (SELECT m.id, m.slug, m.start_date FROM meetings AS m
         WHERE m.slug <> @slug AND m.start_date {side} (SELECT start_date FROM meetings WHERE slug = @slug)
           AND (m.status, m.visibility) IN (SELECT * FROM unnest(@seen_statuses, @seen_visibilities))
         ORDER BY m.start_date {order}, m.slug LIMIT {EachSide})
        """;

    /// <summary>The choices alone, for the comparison page, which has read its seminar already.</summary>
    public async Task<IReadOnlyList<ComparableSeminar>> LoadAsync(string slug, ReaderAccess access, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Database.UsePreparedStatements();
        await using var rows = await MeetingStatements.ReadAsync(db, Sql, [slug], ct, Parameters(access));
        return await ReadAsync(rows.DbDataReader, ct);
    }
}
