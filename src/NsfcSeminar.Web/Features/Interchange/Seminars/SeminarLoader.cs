using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Interchange.Seminars;

/// <summary>Loads seminars whole, a page at a time: one split query per collection, whatever
/// the page's size, and theme links as ids rather than theme rows.</summary>
internal static class SeminarLoader
{
    public static Task<List<LoadedSeminar>> LoadAsync(SeminarDbContext db, IQueryable<Meeting> meetings, CancellationToken ct) =>
        meetings
            .AsNoTracking()
            .Select(m => new LoadedSeminar(
                m,
                m.Texts.ToList(),
                m.Participations.ToList(),
                m.Speeches.Select(s => new LoadedSpeech(s, s.Texts.ToList(), s.Themes.Select(t => t.Id).ToList())).ToList(),
                m.Citations.ToList(),
                m.Themes.Select(t => t.Id).ToList(),
                m.Sessions.ToList(),
                m.Sources.Select(s => new LoadedSource(s, s.Copies.OrderBy(c => c.Id).ToList())).ToList()))
            .AsSplitQuery()
            .ToListAsync(ct);

    /// <summary>The next page after <paramref name="afterSlug"/> in byte order of the slug
    /// (collation "C"), the order of a bundle whatever the database's own collation.</summary>
    public static IQueryable<Meeting> PageAfter(IQueryable<Meeting> meetings, string? afterSlug, int size) =>
        (afterSlug is null ? meetings : meetings.Where(m => EF.Functions.Collate(m.Slug, "C").CompareTo(afterSlug) > 0))
            .OrderBy(m => EF.Functions.Collate(m.Slug, "C"))
            .Take(size);
}
