using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Vocabulary;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>
/// Imports one vocabulary section. Its records are few, so the section is read whole, then
/// checked as a set (duplicate slugs, parents, cycles), then written: matched by slug, created,
/// updated or left alone, parents set in a second pass so that a child may come before its parent.
/// </summary>
internal sealed class VocabularyImport<TRecord, TEntity>(VocabularyKind<TRecord, TEntity> kind, ImportSession session) : ISectionImport
    where TRecord : class
    where TEntity : class
{
    private readonly List<(int Position, TRecord Record)> _records = [];
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    private SlugIndex Index => kind.Index(session.Slugs);

    public Task ReadAsync(JsonDocument record, int position, CancellationToken ct)
    {
        var parsed = RecordParser.Parse<TRecord>(record, kind.Section, position, session.Report);
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
        }

        // Only a record read whole takes part in the parent checks and is written.
        if (parsed.Whole is { } whole)
        {
            _records.Add((position, whole));
        }

        return Task.CompletedTask;
    }

    public async Task FinishAsync(CancellationToken ct)
    {
        CheckParents();
        if (!session.Writing || _records.Count == 0)
        {
            return;
        }

        var existingBefore = new HashSet<string>(Index.Slugs, StringComparer.Ordinal);
        await WriteAsync(ct);
        await new NearDuplicates<TRecord, TEntity>(kind, session).ReportAsync(_records, existingBefore, ct);
    }

    private void CheckParents()
    {
        var parents = _records.ToDictionary(r => kind.SlugOf(r.Record), r => kind.ParentOf(r.Record), StringComparer.Ordinal);
        foreach (var (position, record) in _records)
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

    private async Task WriteAsync(CancellationToken ct)
    {
        var db = session.Db;
        var counts = session.Report.Counts[kind.Section];
        var entities = new Dictionary<string, TEntity>(StringComparer.Ordinal);
        foreach (var chunk in _records.Select(r => kind.SlugOf(r.Record)).Chunk(1000))
        {
            var found = await kind.Set(db).Where(e => chunk.Contains(EF.Property<string>(e, "Slug"))).ToListAsync(ct);
            found.ForEach(e => entities[kind.SlugOf(e)] = e);
        }

        foreach (var (_, record) in _records)
        {
            var slug = kind.SlugOf(record);
            if (!entities.TryGetValue(slug, out var entity))
            {
                entity = kind.Create(record);
                kind.Apply(record, entity);
                kind.Set(db).Add(entity);
                entities[slug] = entity;
                counts.Created++;
            }
            else if (IsUnchanged(record, entity))
            {
                counts.Unchanged++;
            }
            else
            {
                kind.Apply(record, entity);
                counts.Updated++;
            }
        }

        await db.SaveChangesAsync(ct);
        foreach (var (slug, entity) in entities)
        {
            Index.Add(slug, kind.IdOf(entity));
        }

        // Parents once every record of the section has an id.
        foreach (var (_, record) in _records)
        {
            kind.SetParent(entities[kind.SlugOf(record)], Index.IdOrNull(kind.ParentOf(record)));
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Compares what export would write for the stored record with what it would write
    /// for the incoming one: equal bytes, nothing to change.</summary>
    private bool IsUnchanged(TRecord record, TEntity stored)
    {
        var parent = kind.ParentOf(record);
        var parentId = parent is null ? null : Index.TryId(parent);
        if (parent is not null && parentId is null)
        {
            return false;
        }

        var incoming = kind.Create(record);
        kind.Apply(record, incoming);
        kind.SetParent(incoming, parentId);
        var typeInfo = BundleJson.TypeInfo<TRecord>();
        return JsonSerializer.SerializeToUtf8Bytes(kind.ToRecord(incoming, session.Slugs), typeInfo)
            .AsSpan()
            .SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(kind.ToRecord(stored, session.Slugs), typeInfo));
    }
}
