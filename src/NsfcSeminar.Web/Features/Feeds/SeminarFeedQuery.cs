using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Feeds;

/// <summary>The newest published public seminars, most recently published first. One SQL command.</summary>
internal sealed class SeminarFeedQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<IReadOnlyList<FeedEntry>> LoadAsync(Language language, Uri languageRoot, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // A feed is fetched without signing in and may be cached by anyone: always the anonymous view.
        var rows = await db.Meetings.AsNoTracking()
            .VisibleTo(ReaderAccess.Anonymous)
            // Newest in the archive first, by the same rule as EntryDates.Published.
            .OrderByDescending(m => m.PublishedAt != null && m.PublishedAt > m.CreatedAt ? m.PublishedAt.Value : m.CreatedAt)
            .ThenByDescending(m => m.StartDate)
            .ThenBy(m => m.Slug)
            .Take(AtomFeedWriter.EntryLimit)
            .Select(m => new
            {
                m.Slug,
                m.StartDate,
                m.CreatedAt,
                m.UpdatedAt,
                m.PublishedAt,
                Title = new Bilingual
                {
                    Zh = m.Texts.Where(t => t.Language == Language.Zh).Select(t => t.Title).FirstOrDefault(),
                    En = m.Texts.Where(t => t.Language == Language.En).Select(t => t.Title).FirstOrDefault(),
                },
                Summary = new Bilingual
                {
                    Zh = m.Texts.Where(t => t.Language == Language.Zh).Select(t => t.Summary ?? t.StatedTheme).FirstOrDefault(),
                    En = m.Texts.Where(t => t.Language == Language.En).Select(t => t.Summary ?? t.StatedTheme).FirstOrDefault(),
                },
            })
            .ToListAsync(ct);

        return rows
            .Select(m =>
            {
                var dates = EntryDates.Of(m.PublishedAt, m.CreatedAt, m.UpdatedAt);
                return new FeedEntry(
                    m.Title.For(language)?.Text ?? m.Slug,
                    new Uri(languageRoot, $"meetings/{m.Slug}"),
                    dates.Updated,
                    dates.Published,
                    Author: null,
                    string.Join(" ", new[] { DateText.Format(m.StartDate, language), m.Summary.For(language)?.Text }.Where(s => s is not null)));
            })
            .ToList();
    }
}
