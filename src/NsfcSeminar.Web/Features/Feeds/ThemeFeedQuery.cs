using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Themes;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Feeds;

/// <summary>New speeches under a theme, newest published meeting first. Two SQL commands.</summary>
internal sealed class ThemeFeedQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<ThemeFeed?> LoadAsync(string slug, Language language, Uri languageRoot, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var themes = await db.ReformThemes.AsNoTracking().VisibleTo(ReaderAccess.Anonymous)
            .Select(t => new { Edge = new ThemeEdge(t.Id, t.ParentId), t.Slug, t.Name })
            .ToListAsync(ct);
        var theme = themes.FirstOrDefault(t => t.Slug == slug);
        if (theme is null)
        {
            return null;
        }

        var themeIds = ThemeHierarchy.SelfAndDescendants(theme.Edge.Id, themes.Select(t => t.Edge).ToList()).ToList();
        var visible = db.Meetings.VisibleTo(ReaderAccess.Anonymous);
        var rows = await db.Speeches.AsNoTracking()
            .Where(s => s.Themes.Any(t => themeIds.Contains(t.Id)) && visible.Any(m => m.Id == s.MeetingId))
            // Newest in the archive first, by the same rule as EntryDates.Published.
            .OrderByDescending(s => s.Meeting.PublishedAt != null && s.Meeting.PublishedAt > s.CreatedAt ? s.Meeting.PublishedAt.Value : s.CreatedAt)
            .ThenBy(s => s.Meeting.Slug)
            .ThenBy(s => s.SortOrder)
            .Take(AtomFeedWriter.EntryLimit)
            .Select(s => new
            {
                MeetingSlug = s.Meeting.Slug,
                s.Meeting.StartDate,
                s.Anchor,
                s.CreatedAt,
                s.UpdatedAt,
                s.Meeting.PublishedAt,
                Person = s.SpeakerPerson == null ? null : s.SpeakerPerson.Name,
                Organisation = s.SpeakerOrganisation == null ? null : s.SpeakerOrganisation.Name,
                Title = new Bilingual
                {
                    Zh = s.Texts.Where(t => t.Language == Language.Zh).Select(t => t.Title).FirstOrDefault(),
                    En = s.Texts.Where(t => t.Language == Language.En).Select(t => t.Title).FirstOrDefault(),
                },
                MeetingTitle = new Bilingual
                {
                    Zh = s.Meeting.Texts.Where(t => t.Language == Language.Zh).Select(t => t.Title).FirstOrDefault(),
                    En = s.Meeting.Texts.Where(t => t.Language == Language.En).Select(t => t.Title).FirstOrDefault(),
                },
            })
            .ToListAsync(ct);

        var entries = rows
            .Select(s =>
            {
                var dates = EntryDates.Of(s.PublishedAt, s.CreatedAt, s.UpdatedAt);
                return new FeedEntry(
                    s.Title.For(language)?.Text ?? s.Anchor,
                    PortalAddress.Speech(languageRoot, s.MeetingSlug, s.Anchor),
                    dates.Updated,
                    dates.Published,
                    (s.Person ?? s.Organisation)?.For(language)?.Text,
                    $"{s.MeetingTitle.For(language)?.Text ?? s.MeetingSlug}, {DateText.Format(s.StartDate, language)}");
            })
            .ToList();
        return new ThemeFeed(theme.Name, entries);
    }
}
