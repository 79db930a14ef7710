using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>
/// The slugs of one vocabulary section so far and where each stood, for the check that a slug
/// appears once in a bundle. Those of records not yet written are held here; the records
/// written are kept by PostgreSQL, with whether each is new, in a temporary table (gone with the
/// import's transaction), so that what the import holds does not grow with the section: a
/// dictionary of 300,000 slugs and their strings kept the working set some 50 MB higher.
/// A slug written before is found by its id (<see cref="SlugIndex"/>): new records have the ids
/// between the first and the last this section took from the table's sequence (no stored record
/// can lie between them, or the copy would have collided with it), stored ones are remembered by
/// id (as many as the archive holds, none in an empty archive); only then is the table asked.
/// </summary>
internal sealed class SectionSlugs(BundleSection section, SlugIndex index, ImportSession session)
{
    /// <summary>Where the records read and not yet written stood; after a problem nothing more
    /// is written, and every slug then stays here.</summary>
    private readonly Dictionary<string, int> _waiting = new(StringComparer.Ordinal);
    private readonly HashSet<int> _stored = [];
    private int? _firstNew;
    private int? _lastNew;
    private bool _started;

    /// <summary>The temporary table: position, slug, and whether the record is new.</summary>
    public string Table => $"\"import_written_{section.Name()}\"";

    /// <summary>True once the section has written a new record.</summary>
    public bool AnyNew => _firstNew is not null;

    /// <summary>Where a record of this slug already stood in the section, if one did. A written
    /// one is asked of PostgreSQL, unless the report is full and would not show the problem.</summary>
    public async Task<int?> EarlierPositionAsync(string slug, CancellationToken ct) =>
        _waiting.TryGetValue(slug, out var waiting) ? waiting
        : !Holds(slug) ? null
        : session.Report.ProblemsTruncated ? -1
        : await PositionOfAsync(slug, ct);

    /// <summary>Notes the slug of a record read, to be written later.</summary>
    public void Wait(string slug, int position) => _waiting[slug] = position;

    /// <summary>Notes the records of one chunk once written, with their ids; the slugs waiting
    /// are then those of the records read since.</summary>
    public async Task NoteAsync(IReadOnlyCollection<(int Position, string Slug, int Id, bool New)> written, CancellationToken ct)
    {
        if (written.Count == 0)
        {
            return;
        }

        if (!_started)
        {
            await session.ExecuteAsync($"CREATE TEMPORARY TABLE {Table} (position integer NOT NULL, slug text NOT NULL, new boolean NOT NULL) ON COMMIT DROP", ct);
            _started = true;
        }

        await using var writer = await session.Connection.BeginBinaryImportAsync($"COPY {Table} (position, slug, new) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (position, slug, id, isNew) in written)
        {
            if (isNew)
            {
                _firstNew = Math.Min(_firstNew ?? id, id);
                _lastNew = Math.Max(_lastNew ?? id, id);
            }
            else
            {
                _stored.Add(id);
            }

            await writer.StartRowAsync(ct);
            await writer.WriteAsync(position, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(slug, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(isNew, NpgsqlDbType.Boolean, ct);
        }

        await writer.CompleteAsync(ct);
        foreach (var (_, slug, _, _) in written)
        {
            _waiting.Remove(slug);
        }
    }

    /// <summary>True when a record of this section has been written with this slug.</summary>
    private bool Holds(string slug) =>
        index.TryId(slug) is { } id && (id >= _firstNew && id <= _lastNew || _stored.Contains(id));

    private async Task<int> PositionOfAsync(string slug, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT position FROM {Table} WHERE slug = @slug", session.Connection);
        command.Parameters.AddWithValue("slug", slug);
        return (int)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Drops the table once the section is done with it.</summary>
    public async Task DropAsync(CancellationToken ct)
    {
        if (_started)
        {
            await session.ExecuteAsync($"DROP TABLE {Table}", ct);
            _started = false;
        }
    }
}
