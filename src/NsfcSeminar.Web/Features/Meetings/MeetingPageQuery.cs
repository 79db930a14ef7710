using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Comparison;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>What the meeting page shows.</summary>
internal sealed record MeetingPageRead(MeetingRecord Record, IReadOnlyList<ComparableSeminar> Choices);

/// <summary>
/// Everything the meeting page reads, in one round trip: the record's seven statements
/// (<see cref="MeetingRecordQuery"/>) and the seminars it offers to compare with
/// (<see cref="ComparisonChoicesQuery"/>), which finds the meeting's date by its slug itself
/// rather than waiting for the record to be read: under load each round trip is a wake-up of the
/// portal and of PostgreSQL (docs/performance.md).
/// </summary>
internal sealed class MeetingPageQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    private static readonly string Sql = MeetingRecordQuery.Sql + ";\n" + ComparisonChoicesQuery.Sql;

    public async Task<MeetingPageRead?> FindAsync(string slug, ReaderAccess access, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Database.UsePreparedStatements();
        await using var rows = await MeetingStatements.ReadAsync(db, Sql, [slug], ct, ComparisonChoicesQuery.Parameters(access));
        var row = rows.DbDataReader;
        return await MeetingRecordQuery.ReadAsync(row, access, ct) is { } record
            ? new MeetingPageRead(record, await ComparisonChoicesQuery.ReadAsync(await row.NextAsync(ct), ct))
            : null;
    }
}
