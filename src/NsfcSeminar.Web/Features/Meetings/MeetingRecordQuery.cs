using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Access;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>
/// Loads one meeting page in one round trip, however many speeches and participants it has: seven
/// statements sent together (<see cref="MeetingStatements"/>), each a lookup by the meeting's slug
/// with one or two joins, through the pool that keeps them prepared (<see cref="PreparedStatements"/>):
/// the same few statements on every page, so planning them each time cost PostgreSQL more than
/// running them. Each statement lives beside the code that reads its rows. The collections of a
/// meeting the reader may not see are read with it and dropped: the visibility is decided once,
/// on the meeting's row, by <see cref="ReaderAccess.MaySee"/>.
/// </summary>
internal sealed class MeetingRecordQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    internal static readonly string Sql = string.Join(";\n",
        MeetingRecords.FactsSql,
        MeetingCitationsQuery.Sql,
        MeetingThemesQuery.Sql,
        MeetingParticipantsQuery.Sql,
        MeetingSpeechesQuery.Sql,
        MeetingSourcesQuery.SessionsSql,
        MeetingSourcesQuery.SourcesSql);

    public async Task<MeetingRecord?> FindAsync(string slug, ReaderAccess access, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Database.UsePreparedStatements();
        await using var rows = await MeetingStatements.ReadAsync(db, Sql, [slug], ct);
        return await ReadAsync(rows.DbDataReader, access, ct);
    }

    /// <summary>The record from the results of <see cref="Sql"/>, which the reader is at the first of;
    /// it is left at the last.</summary>
    internal static async Task<MeetingRecord?> ReadAsync(DbDataReader row, ReaderAccess access, CancellationToken ct)
    {
        if ((await MeetingRecords.ReadFactsAsync(row, access, ct)).SingleOrDefault() is not { } meeting)
        {
            return null;
        }

        var citations = await MeetingCitationsQuery.ReadAsync(await row.NextAsync(ct), ct);
        var (themes, speechThemes) = await MeetingThemesQuery.ReadAsync(await row.NextAsync(ct), ct);
        var participants = await MeetingParticipantsQuery.ReadAsync(await row.NextAsync(ct), ct);
        var speeches = await MeetingSpeechesQuery.ReadAsync(await row.NextAsync(ct), speechThemes, ct);
        var sessions = await MeetingSourcesQuery.ReadSessionsAsync(await row.NextAsync(ct), ct);
        var sources = await MeetingSourcesQuery.ReadSourcesAsync(await row.NextAsync(ct), ct);
        return meeting.Record with
        {
            MeetingId = meeting.Id, CitedDocuments = citations, Themes = themes, Participants = participants, Speeches = speeches, Sessions = sessions, Sources = sources,
        };
    }
}
