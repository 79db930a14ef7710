using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>The record ids the filters of a request name, once their slugs are resolved.</summary>
internal sealed record FilterIds(int? Theme, int? Speaker, int? Organisation, int? Series);

/// <summary>
/// Resolves the slugs a request filters by, through the reader rule (ADR-013): a speaker,
/// organisation or series this reader may not know of is dropped with the same notice as a slug
/// that names nothing, quoting only what the reader typed, so a filter chip never prints a
/// hidden name. One statement for all the filters given, none without.
/// </summary>
internal static class SearchFilters
{
    private sealed record Named(int Id, string? En, string? Zh);

    private const int Theme = 0, Speaker = 1, Organisation = 2, Series = 3;

    public static async Task<(FilterIds Ids, ActiveFilters Filters)> ResolveAsync(
        SeminarDbContext db, SearchRequest request, ReaderAccess access, List<SearchNotice> notices, CancellationToken ct)
    {
        string?[] slugs = [request.Theme, request.Speaker, request.Organisation, request.Series];
        var found = new Named?[slugs.Length];
        if (slugs.Any(s => s is not null))
        {
            // Anonymous rows, as EF Core unites only those; a slug not given matches nothing, so
            // the statement is always the same.
            var (theme, speaker, organisation, series) = (slugs[Theme] ?? "", slugs[Speaker] ?? "", slugs[Organisation] ?? "", slugs[Series] ?? "");
            var named = await db.ReformThemes.VisibleTo(access).Where(t => t.Slug == theme).Select(t => new { Facet = Theme, t.Id, t.Name.En, t.Name.Zh })
                .Concat(db.People.VisibleTo(access, db).Where(p => p.Slug == speaker).Select(p => new { Facet = Speaker, p.Id, p.Name.En, p.Name.Zh }))
                .Concat(db.Organisations.VisibleTo(access, db).Where(o => o.Slug == organisation).Select(o => new { Facet = Organisation, o.Id, o.Name.En, o.Name.Zh }))
                .Concat(db.MeetingSeries.VisibleTo(access, db).Where(s => s.Slug == series).Select(s => new { Facet = Series, s.Id, s.Name.En, s.Name.Zh }))
                .AsNoTracking().ToListAsync(ct);
            foreach (var record in named)
            {
                found[record.Facet] = new Named(record.Id, record.En, record.Zh);
            }
        }

        SearchNoticeKind[] unknown = [SearchNoticeKind.UnknownTheme, SearchNoticeKind.UnknownSpeaker, SearchNoticeKind.UnknownOrganisation, SearchNoticeKind.UnknownSeries];
        var links = new RecordLink?[slugs.Length];
        for (var facet = 0; facet < slugs.Length; facet++)
        {
            if (slugs[facet] is not { } slug)
            {
                continue;
            }

            if (found[facet] is { } record)
            {
                links[facet] = new RecordLink(slug, Bilingual.Of(record.En, record.Zh));
            }
            else
            {
                notices.Add(SearchNotice.About(unknown[facet], slug));
            }
        }

        return (new FilterIds(found[Theme]?.Id, found[Speaker]?.Id, found[Organisation]?.Id, found[Series]?.Id),
            new ActiveFilters(links[Theme], links[Speaker], links[Organisation], links[Series]));
    }
}
