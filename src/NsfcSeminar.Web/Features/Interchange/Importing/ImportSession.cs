using Microsoft.EntityFrameworkCore;
using Npgsql;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>What the sections of one import share: the context (one connection, one
/// transaction), the slugs known so far and the report.</summary>
internal sealed class ImportSession(SeminarDbContext db, ArchiveSlugs slugs, ImportReport report, ImportMode mode = ImportMode.Merge)
{
    public ImportMode Mode { get; } = mode;

    public SeminarDbContext Db { get; } = db;

    public ArchiveSlugs Slugs { get; } = slugs;

    public ImportReport Report { get; } = report;

    /// <summary>The meetings written with COPY, whose search documents the import hands over
    /// in one piece before it commits (<see cref="Data.Bulk.SearchHandOff"/>).</summary>
    public List<int> CreatedMeetings { get; } = [];

    /// <summary>The copy running behind the reading, on this session's connection.</summary>
    public WriteBehind Writes { get; } = new();

    /// <summary>Once anything is wrong nothing more is written (it would be rolled back anyway),
    /// but reading and checking go on, so that the report lists every problem.</summary>
    public bool Writing => Report.Succeeded;

    /// <summary>The import's one connection, its transaction open: for what EF Core does not
    /// write (COPY into temporary tables, settings of the transaction).</summary>
    public NpgsqlConnection Connection => (NpgsqlConnection)Db.Database.GetDbConnection();

    /// <summary>Runs one statement of the import's own on <see cref="Connection"/>.</summary>
    public async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, Connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
