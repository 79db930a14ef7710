using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Bulk;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Vocabulary;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>
/// Imports one vocabulary section. Its records are read whole, then checked as a set (duplicate
/// slugs, parents, cycles), then written in chunks: matched by slug, new ones copied
/// (<see cref="AddedRows"/>, their first revisions in bulk), changed ones saved as an editor's
/// save, parents and links set in a second pass so that a child may come before its parent. A
/// record is kept once, typed; what it stated is kept as its bytes and parsed again only for a
/// record the archive already holds (300,000 people held twice took 1.5 GB).
/// </summary>
internal sealed class VocabularyImport<TRecord, TEntity>(VocabularyKind<TRecord, TEntity> kind, ImportSession session) : ISectionImport
    where TRecord : class
    where TEntity : class
{
    /// <summary>Records written, and their entities tracked, at a time.</summary>
    private const int ChunkSize = 5_000;

    private readonly List<(int Position, TRecord Record, byte[] Stated)> _records = [];
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    private SlugIndex Index => kind.Index(session.Slugs);

    private ImportClock Clock => session.Report.Clock;

    public Task ReadAsync(JsonDocument record, int position, CancellationToken ct)
    {
        ParsedRecord<TRecord> parsed;
        using (Clock.Time(ImportStage.Parsing))
        {
            parsed = RecordParser.Parse<TRecord>(record, kind.Section, position, session.Report);
        }

        using var checking = Clock.Time(ImportStage.Checking);
        var slug = RecordParser.SlugOf(record);
        var check = new RecordCheck(session.Report, kind.Section, position, slug, parsed.Reported);
        if (slug is not null)
        {
            if (_positions.TryGetValue(slug, out var first))
            {
                check.Problem("slug", $"'{slug}' is already the slug of {kind.Section.Name()}[{first}]; each slug may appear once in a bundle");
                return Task.CompletedTask;
            }
            else
            {
                _positions[slug] = position;
                Index.Declare(slug);
            }
        }

        if (parsed.Checkable is { } checkable)
        {
            check.Slug("slug", kind.SlugOf(checkable));
            kind.Check(checkable, check);
            kind.CheckReferences(checkable, check, session.Slugs);
        }

        // Only a record read whole takes part in the parent checks and is written.
        if (parsed.Whole is { } whole)
        {
            if (_records.Count == 0 && kind.NameForDuplicates(whole) is not null)
            {
                // The near-duplicate search will turn names into pinyin: build the
                // transliterator (seconds) while the records are read and written.
                NameKeys.Prepare();
            }

            _records.Add((position, whole, JsonSerializer.SerializeToUtf8Bytes(record.RootElement)));
        }

        return Task.CompletedTask;
    }

    public async Task FinishAsync(CancellationToken ct)
    {
        using (Clock.Time(ImportStage.Checking))
        {
            CheckParents();
        }

        if (!session.Writing || _records.Count == 0)
        {
            return;
        }

        var existingBefore = new HashSet<string>(Index.Slugs, StringComparer.Ordinal);
        var final = new Dictionary<string, TRecord>(StringComparer.Ordinal);
        foreach (var chunk in _records.Chunk(ChunkSize))
        {
            await WriteAsync(chunk, final, ct);
        }

        if (kind.HasParentsOrLinks)
        {
            foreach (var chunk in final.Chunk(ChunkSize))
            {
                await LinkAsync(chunk, ct);
            }
        }

        using var checking = Clock.Time(ImportStage.NearDuplicates);
        await new NearDuplicates<TRecord, TEntity>(kind, session).ReportAsync([.. _records.Select(r => (r.Position, r.Record))], existingBefore, ct);
    }
    private void CheckParents()
    {
        var parents = _records.ToDictionary(r => kind.SlugOf(r.Record), r => kind.ParentOf(r.Record), StringComparer.Ordinal);
        foreach (var (position, record, _) in _records)
        {
            var slug = kind.SlugOf(record);
            var check = new RecordCheck(session.Report, kind.Section, position, slug);
            var parent = kind.ParentOf(record);
            if (parent == slug)
            {
                check.Problem("parent", "names the record itself as its parent");
                continue;
            }

            check.Reference("parent", parent, Index, $"a parent in {kind.Section.Name()}");

            // Follow the parents within the bundle: coming back to the start is a cycle.
            var seen = new HashSet<string>(StringComparer.Ordinal) { slug };
            for (var at = parent; at is not null && parents.TryGetValue(at, out var next); at = next)
            {
                if (!seen.Add(at))
                {
                    check.Problem("parent", $"makes a cycle: following parents from '{slug}' comes back to '{at}'");
                    break;
                }
            }
        }
    }

    /// <summary>Writes one chunk: the records it changes saved, the new ones copied. What each
    /// record is once written (the bundle's, merged, or the stored one) goes into
    /// <paramref name="final"/> for the second pass.</summary>
    private async Task WriteAsync((int Position, TRecord Record, byte[] Stated)[] chunk, Dictionary<string, TRecord> final, CancellationToken ct)
    {
        var db = session.Db;
        var counts = session.Report.Counts[kind.Section];
        var slugs = chunk.Select(r => kind.SlugOf(r.Record)).ToList();
        var lap = Clock.Time(ImportStage.ReadingStored);
        var stored = await kind.Query(db).Where(e => slugs.Contains(EF.Property<string>(e, "Slug"))).ToDictionaryAsync(kind.SlugOf, StringComparer.Ordinal, ct);
        lap.Dispose();

        var created = new List<TEntity>();
        foreach (var (_, record, stated) in chunk)
        {
            var slug = kind.SlugOf(record);
            if (!stored.TryGetValue(slug, out var entity))
            {
                entity = kind.Create(record);
                kind.Apply(record, entity);
                created.Add(entity);
                final[slug] = record;
                counts.Created++;
            }
            else if (StatedRecord.Resolve(session, kind.Section.Name(), slug, kind.ToRecord(entity, session.Slugs), JsonNode.Parse(stated)!.AsObject()) is { } resolved)
            {
                kind.Apply(resolved, entity);
                final[slug] = resolved;
                counts.Updated++;
            }
            else
            {
                final[slug] = kind.ToRecord(entity, session.Slugs);
                counts.Unchanged++;
            }
        }

        // The changed ones as an editor's save (with their revisions), then the new.
        using (Clock.Time(ImportStage.Updating))
        {
            await db.SaveWithRevisionsAsync(ct);
            db.ChangeTracker.Clear();
        }

        using (Clock.Time(ImportStage.Copying))
        {
            kind.Set(db).AddRange(created);
            await AddedRows.CopyAsync(db, ct);
            db.ChangeTracker.Clear();
        }

        foreach (var entity in stored.Values.Concat(created))
        {
            Index.Add(kind.SlugOf(entity), kind.IdOf(entity));
        }

        if (kind.Revised is { } type)
        {
            using var revisions = Clock.Time(ImportStage.Revisions);
            await db.RecordCreatedAsync(type, [.. created.Select(kind.IdOf)], ct);
        }
    }

    /// <summary>Parents and links, once every record of the section has an id.</summary>
    private async Task LinkAsync(KeyValuePair<string, TRecord>[] chunk, CancellationToken ct)
    {
        using var linking = Clock.Time(ImportStage.Updating);
        var db = session.Db;
        var ids = chunk.Select(r => Index.Id(r.Key)).ToList();
        var entities = await kind.Query(db).Where(e => ids.Contains(EF.Property<int>(e, "Id"))).ToDictionaryAsync(kind.SlugOf, StringComparer.Ordinal, ct);
        foreach (var (slug, record) in chunk)
        {
            kind.SetParent(entities[slug], Index.IdOrNull(kind.ParentOf(record)));
            await kind.SetLinksAsync(record, entities[slug], session.Slugs, db, ct);
        }

        await db.SaveWithRevisionsAsync(ct);
        db.ChangeTracker.Clear();
    }
}
