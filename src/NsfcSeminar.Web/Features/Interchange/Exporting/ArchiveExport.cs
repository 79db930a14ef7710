using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Seminars;
using NsfcSeminar.Web.Features.Interchange.Vocabulary;

namespace NsfcSeminar.Web.Features.Interchange.Exporting;

/// <summary>
/// Writes the archive as one bundle, streaming: seminars are read a page at a time and written
/// as they come, so memory holds one page, not the archive. The output is stable: records by
/// slug in byte order, fixed indentation, "\n" line ends, a final newline; two exports of the
/// same archive are byte-identical, and so is an export of an archive imported from an export.
/// </summary>
public sealed class ArchiveExport(IDbContextFactory<SeminarDbContext> factory)
{
    public const int PageSize = 200;

    public async Task<ExportSummary> WriteAsync(Stream output, ExportScope scope, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var db = await factory.CreateDbContextAsync(ct);
        var start = output.CanSeek ? output.Position : -1;
        var attempt = 0;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async cancel =>
        {
            // A dropped connection retries the export; only a file can be written again.
            if (attempt++ > 0)
            {
                if (start < 0)
                {
                    throw new IOException("The connection to the database was lost during the export; run it again.");
                }

                output.SetLength(start);
                output.Position = start;
            }

            return await WriteSnapshotAsync(db, output, scope, progress, cancel);
        }, ct);
    }

    private static async Task<ExportSummary> WriteSnapshotAsync(SeminarDbContext db, Stream output, ExportScope scope, IProgress<int>? progress, CancellationToken ct)
    {
        // One snapshot for the whole export, so a record changed meanwhile cannot half-appear.
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var slugs = await ArchiveSlugs.LoadAsync(db, ct);
        var meetings = scope == ExportScope.Everything ? db.Meetings : db.Meetings.VisibleTo(ReaderAccess.Anonymous);
        var named = scope == ExportScope.Everything ? null : await NamedRecords.FindAsync(db, meetings, ct);

        await using var writer = new Utf8JsonWriter(output, BundleJson.WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("format", BundleJson.FormatVersion);
        await WriteVocabularyAsync(writer, new ThemeVocabulary(), db, slugs, null, ct);
        await WriteVocabularyAsync(writer, new OrganisationVocabulary(), db, slugs, named?.Organisations, ct);
        await WriteVocabularyAsync(writer, new PersonVocabulary(), db, slugs, named?.People, ct);
        await WriteVocabularyAsync(writer, new GroupVocabulary(), db, slugs, named?.Groups, ct);
        await WriteVocabularyAsync(writer, new SeriesVocabulary(), db, slugs, named?.Series, ct);
        await WriteVocabularyAsync(writer, new DocumentVocabulary(), db, slugs, named?.Documents, ct);

        writer.WriteStartArray(BundleSection.Seminars.Name());
        int seminars = 0, speeches = 0;
        string? after = null;
        var typeInfo = BundleJson.TypeInfo<SeminarRecord>();
        while (true)
        {
            var page = await SeminarLoader.LoadAsync(db, SeminarLoader.PageAfter(meetings, after, PageSize), ct);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var seminar in page.OrderBy(s => s.Meeting.Slug, StringComparer.Ordinal))
            {
                JsonSerializer.Serialize(writer, SeminarMapping.ToRecord(seminar, slugs), typeInfo);
                speeches += seminar.Speeches.Count;
            }

            seminars += page.Count;
            after = page[^1].Meeting.Slug;
            await writer.FlushAsync(ct);
            progress?.Report(seminars);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
        output.WriteByte((byte)'\n');
        await output.FlushAsync(ct);
        return new ExportSummary(seminars, speeches, writer.BytesCommitted + 1);
    }

    private static async Task WriteVocabularyAsync<TRecord, TEntity>(
        Utf8JsonWriter writer, VocabularyKind<TRecord, TEntity> kind, SeminarDbContext db, ArchiveSlugs slugs, HashSet<int>? only, CancellationToken ct)
        where TRecord : class
        where TEntity : class
    {
        var entities = await kind.Query(db).AsNoTracking().ToListAsync(ct);
        var records = entities.Where(e => only is null || only.Contains(kind.IdOf(e))).Select(e => kind.ToRecord(e, slugs));
        var typeInfo = BundleJson.TypeInfo<TRecord>();
        writer.WriteStartArray(kind.Section.Name());
        foreach (var record in kind.InBundleOrder(records))
        {
            JsonSerializer.Serialize(writer, record, typeInfo);
        }

        writer.WriteEndArray();
        await writer.FlushAsync(ct);
    }
}
