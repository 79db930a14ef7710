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
/// Whether a slug was written is first asked of a <see cref="SlugFilter"/> of the written slugs,
/// of one size however many (the slug index need not hold them: <see cref="SlugIndex.Whole"/>);
/// only for a "maybe" is the table asked, about once at 300,000.
/// </summary>
internal sealed class SectionSlugs(BundleSection section, ImportSession session)
{
    /// <summary>Where the records read and not yet written stood; after a problem nothing more
    /// is written, and every slug then stays here.</summary>
    private readonly Dictionary<string, int> _waiting = new(StringComparer.Ordinal);
    private SlugFilter? _written;

    /// <summary>The temporary table: position, slug, and whether the record is new.</summary>
    public string Table => $"\"import_written_{section.Name()}\"";

    /// <summary>True once the section has written a new record.</summary>
    public bool AnyNew { get; private set; }

    /// <summary>Where a record of this slug already stood in the section, if one did. A written
    /// one is asked of PostgreSQL, unless the report is full and would not show the problem.</summary>
    public async Task<int?> EarlierPositionAsync(string slug, CancellationToken ct) =>
        _waiting.TryGetValue(slug, out var waiting) ? waiting
        : _written?.MayHold(slug) != true ? null
        : session.Report.ProblemsTruncated ? -1
        : await PositionOfAsync(slug, ct);

    /// <summary>Notes the slug of a record read, to be written later.</summary>
    public void Wait(string slug, int position) => _waiting[slug] = position;

    /// <summary>Notes the records of one chunk once written, with their ids; the slugs waiting
    /// are then those of the records read since.</summary>
    public async Task NoteAsync(IReadOnlyCollection<(int Position, string Slug, bool New)> written, CancellationToken ct)
    {
        if (written.Count == 0)
        {
            return;
        }

        if (_written is null)
        {
            await session.ExecuteAsync($"CREATE TEMPORARY TABLE {Table} (position integer NOT NULL, slug text NOT NULL, new boolean NOT NULL) ON COMMIT DROP", ct);
            _written = new SlugFilter();
        }

        await using var writer = await session.Connection.BeginBinaryImportAsync($"COPY {Table} (position, slug, new) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (position, slug, isNew) in written)
        {
            AnyNew |= isNew;
            _written.Add(slug);
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(position, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(slug, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(isNew, NpgsqlDbType.Boolean, ct);
        }

        await writer.CompleteAsync(ct);
        foreach (var (_, slug, _) in written)
        {
            _waiting.Remove(slug);
        }
    }

    /// <summary>Where the written record of this slug stood; null when none was written (the
    /// filter's "maybe" was wrong).</summary>
    private async Task<int?> PositionOfAsync(string slug, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT position FROM {Table} WHERE slug = @slug", session.Connection);
        command.Parameters.AddWithValue("slug", slug);
        return (int?)await command.ExecuteScalarAsync(ct);
    }

    /// <summary>Drops the table once the section is done with it.</summary>
    public async Task DropAsync(CancellationToken ct)
    {
        if (_written is not null)
        {
            await session.ExecuteAsync($"DROP TABLE {Table}", ct);
            _written = null;
        }
    }
}
