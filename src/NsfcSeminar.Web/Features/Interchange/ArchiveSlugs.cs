using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Features.Interchange;

/// <summary>Every slug the records of a bundle may refer to, with its id. The vocabulary is small
/// (thousands, not millions), so it is loaded whole: six queries. People may be many (a bundle of
/// 300,000): an import holds them whole only up to a limit (<see cref="SlugIndex"/>).</summary>
public sealed class ArchiveSlugs(int? peopleHeldAtMost = null)
{
    public SlugIndex Themes { get; } = new();

    public SlugIndex Organisations { get; } = new();

    public SlugIndex People { get; } = new(peopleHeldAtMost);

    public SlugIndex Groups { get; } = new();

    public SlugIndex Series { get; } = new();

    public SlugIndex Documents { get; } = new();

    public static async Task<ArchiveSlugs> LoadAsync(SeminarDbContext db, CancellationToken ct, int? peopleHeldAtMost = null)
    {
        var slugs = new ArchiveSlugs(peopleHeldAtMost);
        await FillAsync(slugs.Themes, db.ReformThemes.Select(t => new { t.Slug, t.Id }).AsAsyncEnumerable(), x => (x.Slug, x.Id), ct);
        await FillAsync(slugs.Organisations, db.Organisations.Select(t => new { t.Slug, t.Id }).AsAsyncEnumerable(), x => (x.Slug, x.Id), ct);
        await FillAsync(slugs.People, db.People.Select(t => new { t.Slug, t.Id }).AsAsyncEnumerable(), x => (x.Slug, x.Id), ct);
        await FillAsync(slugs.Groups, db.AttendeeGroups.Select(t => new { t.Slug, t.Id }).AsAsyncEnumerable(), x => (x.Slug, x.Id), ct);
        await FillAsync(slugs.Series, db.MeetingSeries.Select(t => new { t.Slug, t.Id }).AsAsyncEnumerable(), x => (x.Slug, x.Id), ct);
        await FillAsync(slugs.Documents, db.CitedDocuments.Select(t => new { t.Slug, t.Id }).AsAsyncEnumerable(), x => (x.Slug, x.Id), ct);
        return slugs;
    }

    private static async Task FillAsync<T>(SlugIndex index, IAsyncEnumerable<T> rows, Func<T, (string Slug, int Id)> pick, CancellationToken ct)
    {
        await foreach (var row in rows.WithCancellation(ct))
        {
            var (slug, id) = pick(row);
            index.Add(slug, id);
            if (!index.Whole)
            {
                break;
            }
        }
    }
}
