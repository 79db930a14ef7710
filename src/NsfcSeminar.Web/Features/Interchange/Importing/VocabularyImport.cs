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
/// Imports one vocabulary section. Its records are checked one by one (duplicate slugs), and
/// written in chunks: matched by slug, new ones copied without the change tracker
/// (<see cref="GraphCopy"/>, their first revisions in bulk), changed ones saved as an editor's
/// save. A kind without parents or links (people, series, documents) is written while the
/// section is read, a chunk at a time, so that only a chunk of records is held, whatever the
/// bundle's size; a later problem rolls the chunks back with the rest. A kind with parents or
/// links (themes, organisations, groups) is held whole, checked as a set (parents, cycles), and
/// its parents and links set in a second pass so that a child may come before its parent. What a
/// record stated is kept as its bytes and parsed again only for a record the archive already holds.
/// </summary>
internal sealed class VocabularyImport<TRecord, TEntity>(VocabularyKind<TRecord, TEntity> kind, ImportSession session) : ISectionImport
    where TRecord : class
    where TEntity : class
{
    /// <summary>Records written, and their entities tracked, at a time. Small enough that a
    /// chunk's arrays (its records, what EF Core buffers of the stored ones, the rows copied)
    /// stay under the large-object heap's 85,000 bytes: at 5,000 they set off 20 of the 50 (full)
    /// collections of an import of 300,000 people, and with a collection after each chunk
    /// (<see cref="ChunkGarbage"/>) it peaked at 224 MB against 205 at 20,000; at 2,000, 185 against 182.</summary>
    internal const int ChunkSize = 2_000;

    /// <summary>The records read and not yet written: the chunk being filled, or, for a kind
    /// with parents or links, the whole section.</summary>
    private readonly List<(int Position, TRecord Record, byte[] Stated)> _records = new(kind.HasParentsOrLinks ? 0 : ChunkSize);
    private readonly SectionSlugs _slugs = new(kind.Section, session);
    /// <summary>What each record of a kind with parents or links is once written, for the second pass.</summary>
    private readonly Dictionary<string, TRecord> _final = new(StringComparer.Ordinal);
    private bool _preparedNames;
    private bool? _anyStored;

    private SlugIndex Index => kind.Index(session.Slugs);

    private ImportClock Clock => session.Report.Clock;

    public async Task ReadAsync(JsonDocument record, int position, CancellationToken ct)
    {
        ParsedRecord<TRecord> parsed;
        using (Clock.Time(ImportStage.Parsing))
        {
            parsed = RecordParser.Parse<TRecord>(record, kind.Section, position, session.Report);
        }

        bool first;
        using (Clock.Time(ImportStage.Checking))
        {
            first = await CheckAsync(record, position, parsed, ct);
        }

        // Only a record read whole takes part in the parent checks and is written.
        if (!first || parsed.Whole is not { } whole)
        {
            return;
        }

        if (!_preparedNames && kind.NameForDuplicates(whole) is not null)
        {
            // The near-duplicate search will turn names into pinyin: build the
            // transliterator (seconds) while the records are read and written.
            NameKeys.Prepare();
            _preparedNames = true;
        }

        using (Clock.Time(ImportStage.Parsing))
        {
            _records.Add((position, whole, RecordParser.StatedBytes(record)));
        }

        if (!kind.HasParentsOrLinks && _records.Count >= ChunkSize)
        {
            await WriteWaitingAsync(ct);
            ChunkGarbage.Collect();
        }
    }

    /// <summary>Checks one record's fields and references; false when its slug is already
    /// another record's (it is then left out).</summary>
    private async Task<bool> CheckAsync(JsonDocument record, int position, ParsedRecord<TRecord> parsed, CancellationToken ct)
    {
        var slug = RecordParser.SlugOf(record);
        var check = new RecordCheck(session.Report, kind.Section, position, slug, parsed.Reported);
        if (slug is not null)
        {
            if (await _slugs.EarlierPositionAsync(slug, ct) is { } first)
            {
                check.Problem("slug", $"'{slug}' is already the slug of {kind.Section.Name()}[{first}]; each slug may appear once in a bundle");
                return false;
            }

            _slugs.Wait(slug, position);
            Index.Declare(slug);
        }

        if (parsed.Checkable is { } checkable)
        {
            check.Slug("slug", kind.SlugOf(checkable));
            kind.Check(checkable, check);
            kind.CheckReferences(checkable, check, session.Slugs);
        }

        return true;
    }

    /// <summary>Writes the records read and not yet written; once a problem is found they are
    /// dropped instead (nothing more is written).</summary>
    private async Task WriteWaitingAsync(CancellationToken ct)
    {
        if (session.Writing)
        {
            foreach (var chunk in _records.Chunk(ChunkSize))
            {
                await WriteAsync(chunk, ct);
            }
        }

        _records.Clear();
    }

    public async Task FinishAsync(CancellationToken ct)
    {
        if (kind.HasParentsOrLinks)
        {
            using var checking = Clock.Time(ImportStage.Checking);
            ParentChecks.Check(kind, [.. _records.Select(r => (r.Position, r.Record))], Index, session.Report);
        }

        await WriteWaitingAsync(ct);
        if (!session.Writing)
        {
            return;
        }

        foreach (var chunk in _final.Chunk(ChunkSize))
        {
            await LinkAsync(chunk, ct);
        }

        // Only kinds whose records have names to compare (people, organisations).
        if (_preparedNames)
        {
            using var nearDuplicates = Clock.Time(ImportStage.NearDuplicates);
            await new NearDuplicates<TRecord, TEntity>(kind, session, _slugs).ReportAsync(ct);
        }

        await _slugs.DropAsync(ct);
    }

    /// <summary>Writes one chunk: the records it changes saved, the new ones copied. For a kind
    /// with parents or links, what each record is once written (the bundle's, merged, or the
    /// stored one) is kept for the second pass.</summary>
    private async Task WriteAsync((int Position, TRecord Record, byte[] Stated)[] chunk, CancellationToken ct)
    {
        var db = session.Db;
        var counts = session.Report.Counts[kind.Section];
        var slugs = chunk.Select(r => kind.SlugOf(r.Record)).ToList();
        var lap = Clock.Time(ImportStage.ReadingStored);
        // Found empty before the section wrote: no look-up, as a slug written is refused if repeated.
        _anyStored ??= await kind.Set(db).AnyAsync(ct);
        var stored = _anyStored.Value
            ? await kind.Query(db).Where(e => slugs.Contains(EF.Property<string>(e, "Slug"))).ToDictionaryAsync(kind.SlugOf, StringComparer.Ordinal, ct)
            : new Dictionary<string, TEntity>(StringComparer.Ordinal);
        lap.Dispose();

        var created = new List<TEntity>(chunk.Length);
        var written = new List<(int Position, TEntity Entity, bool New)>(chunk.Length);
        foreach (var (position, record, stated) in chunk)
        {
            var slug = kind.SlugOf(record);
            TRecord final;
            if (!stored.TryGetValue(slug, out var entity))
            {
                entity = kind.Create(record);
                kind.Apply(record, entity);
                created.Add(entity);
                final = record;
                counts.Created++;
            }
            else if (StatedRecord.Resolve(session, kind.Section.Name(), slug, kind.ToRecord(entity, session.Slugs), JsonNode.Parse(stated)!.AsObject()) is { } resolved)
            {
                kind.Apply(resolved, entity);
                final = resolved;
                counts.Updated++;
            }
            else
            {
                final = kind.ToRecord(entity, session.Slugs);
                counts.Unchanged++;
            }

            if (kind.HasParentsOrLinks)
            {
                _final[slug] = final;
            }

            written.Add((position, entity, !stored.ContainsKey(slug)));
        }

        // The changed ones as an editor's save (with their revisions), then the new.
        using (Clock.Time(ImportStage.Updating))
        {
            await db.SaveWithRevisionsAsync(ct);
            db.ChangeTracker.Clear();
        }

        using (Clock.Time(ImportStage.Copying))
        {
            await GraphCopy.CopyAsync(db, created, ct);
            await _slugs.NoteAsync([.. written.Select(w => (w.Position, kind.SlugOf(w.Entity), w.New))], ct);
        }

        foreach (var entity in stored.Values.Concat(created))
        {
            Index.Add(kind.SlugOf(entity), kind.IdOf(entity));
        }

        using (Clock.Time(ImportStage.Revisions))
        {
            await kind.RecordCreatedAsync(db, created, ct);
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
