using System.Text.Json;
using System.Text.Json.Nodes;
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
    private readonly List<(int Position, TRecord Record, JsonObject Stated)> _records = [];
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
            kind.CheckReferences(checkable, check, session.Slugs);
        }

        // Only a record read whole takes part in the parent checks and is written.
        if (parsed.Whole is { } whole)
        {
            _records.Add((position, whole, JsonNode.Parse(record.RootElement.GetRawText())!.AsObject()));
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

    private async Task WriteAsync(CancellationToken ct)
    {
        var db = session.Db;
        var counts = session.Report.Counts[kind.Section];
        var entities = new Dictionary<string, TEntity>(StringComparer.Ordinal);
        foreach (var chunk in _records.Select(r => kind.SlugOf(r.Record)).Chunk(1000))
        {
            var found = await kind.Query(db).Where(e => chunk.Contains(EF.Property<string>(e, "Slug"))).ToListAsync(ct);
            found.ForEach(e => entities[kind.SlugOf(e)] = e);
        }

        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        var final = new Dictionary<string, TRecord>(StringComparer.Ordinal);
        foreach (var (_, record, stated) in _records)
        {
            var slug = kind.SlugOf(record);
            parents[slug] = kind.ParentOf(record);
            if (!entities.TryGetValue(slug, out var entity))
            {
                entity = kind.Create(record);
                kind.Apply(record, entity);
                kind.Set(db).Add(entity);
                entities[slug] = entity;
                final[slug] = record;
                counts.Created++;
            }
            else if (StatedRecord.Resolve(session, kind.Section.Name(), slug, kind.ToRecord(entity, session.Slugs), stated) is { } resolved)
            {
                kind.Apply(resolved, entity);
                parents[slug] = kind.ParentOf(resolved);
                final[slug] = resolved;
                counts.Updated++;
            }
            else
            {
                final[slug] = kind.ToRecord(entity, session.Slugs);
                parents[slug] = kind.ParentOf(final[slug]);
                counts.Unchanged++;
            }
        }

        await db.SaveChangesAsync(ct);
        foreach (var (slug, entity) in entities)
        {
            Index.Add(slug, kind.IdOf(entity));
        }

        // Parents once every record of the section has an id.
        foreach (var (slug, parent) in parents)
        {
            kind.SetParent(entities[slug], Index.IdOrNull(parent));
            await kind.SetLinksAsync(final[slug], entities[slug], session.Slugs, db, ct);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
