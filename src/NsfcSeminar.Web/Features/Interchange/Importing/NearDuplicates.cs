using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Vocabulary;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>
/// People and organisations are matched by slug only. A new record whose English or Chinese name
/// is already another record's is most likely the same person under a second slug, but could be
/// a namesake: it is reported as a warning for an editor to decide, never merged.
/// </summary>
/// <remarks>PostgreSQL does the matching, so that nothing held here grows with the bundle (an
/// index of 300,000 names in memory took the import's working set from 433 to 517 MB): the new
/// records are in the section's <see cref="SectionSlugs"/>, and at the end every stored
/// record's name keys (made here: pinyin comes from ICU) are copied beside them, a page at a
/// time, and one query finds the names shared. The tables go with the import's transaction.</remarks>
internal sealed class NearDuplicates<TRecord, TEntity>(VocabularyKind<TRecord, TEntity> kind, ImportSession session, SectionSlugs written)
    where TRecord : class
    where TEntity : class
{
    /// <summary>The namesakes a warning names: a name shared by thousands (a bundle of "Person 1",
    /// "Person 2", … whose letters are the same) would otherwise list them all, for each.</summary>
    private const int MostNamed = 10;

    /// <summary>Stored records read, and their keys copied, at a time. EF Core buffers a page
    /// column by column; at 5,000 records those arrays went to the large-object heap, some
    /// 50 MB of it at 300,000 people, each page's setting off a full collection.</summary>
    private const int PageSize = 1_000;

    private string KeysTable => $"\"import_name_keys_{kind.Section.Name()}\"";

    /// <summary>Warns of each new record whose name another record of the archive (new or not)
    /// has, in the order of its section.</summary>
    public async Task ReportAsync(CancellationToken ct)
    {
        if (!written.AnyNew)
        {
            return;
        }

        await CopyKeysAsync(ct);
        var shared = new List<string>();
        int? position = null;
        string? slug = null;
        // PostgreSQL would compile the query (JIT, half a second at 300,000 names) for a walk of
        // hash joins as fast without; for this query only.
        await session.ExecuteAsync("SET LOCAL jit = off", ct);
        await using (var command = new NpgsqlCommand(SharedNames, session.Connection))
        {
            command.Parameters.AddWithValue("limit", MostNamed + 1);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (reader.GetInt32(0) != position)
                {
                    Warn(position, slug, shared);
                    (position, slug) = (reader.GetInt32(0), reader.GetString(1));
                    shared.Clear();
                }

                shared.Add(reader.GetString(2));
            }
        }

        Warn(position, slug, shared);
        await session.ExecuteAsync($"SET LOCAL jit = DEFAULT; DROP TABLE {KeysTable}", ct);
    }

    private void Warn(int? position, string? slug, List<string> others)
    {
        if (others.Count == 0)
        {
            return;
        }

        others.Sort(StringComparer.Ordinal);
        session.Report.Warn(
            $"{kind.Section.Name()}[{position}] (slug '{slug}'): has the same name as {string.Join(", ", others.Take(MostNamed).Select(o => $"'{o}'"))}{(others.Count > MostNamed ? " and more" : "")}; " +
            "kept apart, not merged: if they are the same, use one slug");
    }

    /// <summary>Each new record's namesakes, at most <c>@limit</c>: for each of its keys in turn
    /// (the Chinese name, then the Latin keys), the records with that key in the order of their
    /// ids, each named once. Only keys two records share are looked into, and of each only the
    /// first records (one more than named, in case the record itself is among them): hash joins,
    /// no index to build.</summary>
    private string SharedNames => $"""
        WITH shared AS (
            SELECT key FROM {KeysTable} GROUP BY key HAVING count(*) > 1
        ), foremost AS (
            SELECT key, id, slug FROM (
                SELECT k.key, k.id, k.slug, row_number() OVER (PARTITION BY k.key ORDER BY k.id) AS nth
                FROM {KeysTable} k JOIN shared USING (key)) numbered
            WHERE nth <= @limit + 1
        ), namesakes AS (
            SELECT c.position, c.slug, other.slug AS other, min(own.rank::bigint * 2147483648 + other.id) AS earliest
            FROM {written.Table} c
            JOIN {KeysTable} own ON own.slug = c.slug AND c.new
            JOIN foremost other ON other.key = own.key AND other.slug <> c.slug
            GROUP BY c.position, c.slug, other.slug
        )
        SELECT position, slug, other FROM (
            SELECT position, slug, other, row_number() OVER (PARTITION BY position ORDER BY earliest) AS n FROM namesakes) ranked
        WHERE n <= @limit
        ORDER BY position
        """;

    /// <summary>Copies every stored record's keys (the new ones' included: a new record is stored
    /// as the bundle named it), a page of records at a time, each key of a record once.</summary>
    private async Task CopyKeysAsync(CancellationToken ct)
    {
        await session.ExecuteAsync($"CREATE TEMPORARY TABLE {KeysTable} (id integer NOT NULL, slug text NOT NULL, rank integer NOT NULL, key text NOT NULL) ON COMMIT DROP", ct);
        // The records this import copied are not in the table's statistics yet: without them
        // PostgreSQL reads every page by a scan of the whole table (7 of 9 s at 300,000 people).
        await session.ExecuteAsync($"ANALYZE \"{session.Db.Model.FindEntityType(typeof(TEntity))!.GetTableName()}\"", ct);
        for (int? last = int.MinValue; last is { } after;)
        {
            last = await CopyPageAsync(after, ct);
            // The page is garbage now that its method has returned.
            ChunkGarbage.Collect();
        }

        // Temporary tables are never analysed by autovacuum: without statistics the planner
        // would guess at the joins.
        await session.ExecuteAsync($"ANALYZE {KeysTable}; ANALYZE {written.Table}", ct);
    }

    /// <summary>Copies the keys of the stored records of one page, those with ids after
    /// <paramref name="after"/>; the last id copied, or null past the last page.</summary>
    private async Task<int?> CopyPageAsync(int after, CancellationToken ct)
    {
        var page = await kind.Query(session.Db).AsNoTracking().Where(e => EF.Property<int>(e, "Id") > after).OrderBy(e => EF.Property<int>(e, "Id")).Take(PageSize).ToListAsync(ct);
        if (page.Count == 0)
        {
            return null;
        }

        await using var writer = await session.Connection.BeginBinaryImportAsync($"COPY {KeysTable} (id, slug, rank, key) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var entity in page)
        {
            var record = kind.ToRecord(entity, session.Slugs);
            var rank = 0;
            foreach (var key in Keys(kind.NameForDuplicates(record)).Distinct(StringComparer.Ordinal))
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(kind.IdOf(entity), NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(kind.SlugOf(record), NpgsqlDbType.Text, ct);
                await writer.WriteAsync(rank++, NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(key, NpgsqlDbType.Text, ct);
            }
        }

        await writer.CompleteAsync(ct);
        return kind.IdOf(page[^1]);
    }

    /// <summary>The Chinese name as written, and a Latin key shared by the English name and the
    /// pinyin of the Chinese one (<see cref="NameKeys"/>).</summary>
    private static IEnumerable<string> Keys(BilingualText? name) => name is null ? [] : NameKeys.Of(name.ToBilingual());
}
