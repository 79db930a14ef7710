using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Reading;
using NsfcSeminar.Web.Reading;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>The record ids the filters of a request name, once their slugs are resolved.</summary>
internal sealed record FilterIds(int? Theme, int? Speaker, int? Organisation, int? Series);

/// <summary>
/// Resolves the slugs a request filters by, through the reader rule (ADR-013): a speaker,
/// organisation or series this reader may not know of is dropped with the same notice as a slug
/// that names nothing, quoting only what the reader typed, so a filter chip never prints a
/// hidden name. One statement per filter given.
/// </summary>
internal static class SearchFilters
{
    private sealed record Named(int Id, Bilingual Name);

    public static async Task<(FilterIds Ids, ActiveFilters Filters)> ResolveAsync(
        SeminarDbContext db, SearchRequest request, ReaderAccess access, List<SearchNotice> notices, CancellationToken ct)
    {
        var theme = await ResolveAsync(request.Theme, slug => db.ReformThemes.VisibleTo(access).Where(t => t.Slug == slug).Select(t => new Named(t.Id, t.Name)), SearchNoticeKind.UnknownTheme);
        var speaker = await ResolveAsync(request.Speaker, slug => db.People.VisibleTo(access, db).Where(p => p.Slug == slug).Select(p => new Named(p.Id, p.Name)), SearchNoticeKind.UnknownSpeaker);
        var organisation = await ResolveAsync(request.Organisation, slug => db.Organisations.VisibleTo(access, db).Where(o => o.Slug == slug).Select(o => new Named(o.Id, o.Name)), SearchNoticeKind.UnknownOrganisation);
        var series = await ResolveAsync(request.Series, slug => db.MeetingSeries.VisibleTo(access, db).Where(s => s.Slug == slug).Select(s => new Named(s.Id, s.Name)), SearchNoticeKind.UnknownSeries);
        return (new FilterIds(theme.Id, speaker.Id, organisation.Id, series.Id), new ActiveFilters(theme.Link, speaker.Link, organisation.Link, series.Link));

        async Task<(int? Id, RecordLink? Link)> ResolveAsync(string? slug, Func<string, IQueryable<Named>> find, SearchNoticeKind unknown)
        {
            if (slug is null)
            {
                return (null, null);
            }

            var found = await find(slug).AsNoTracking().FirstOrDefaultAsync(ct);
            if (found is null)
            {
                notices.Add(SearchNotice.About(unknown, slug));
                return (null, null);
            }

            return (found.Id, new RecordLink(slug, found.Name));
        }
    }
}
