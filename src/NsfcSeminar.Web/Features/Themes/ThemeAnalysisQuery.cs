using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Themes;

/// <summary>
/// The analysis on a theme's page, over the speeches tagged with the theme or any sub-theme. Five
/// SQL commands whatever the archive's size: the vocabulary, then one GROUP BY for each figure.
/// </summary>
internal sealed class ThemeAnalysisQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    /// <summary>How many speakers, organisations and co-occurring themes are listed.</summary>
    public const int TopCount = 10;

    public async Task<ThemeAnalysis?> LoadAsync(string slug, ReaderAccess access, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var themes = await db.ReformThemes.AsNoTracking().VisibleTo(access)
            .Select(t => new { Edge = new ThemeEdge(t.Id, t.ParentId), t.Slug })
            .ToListAsync(ct);
        var theme = themes.FirstOrDefault(t => t.Slug == slug);
        if (theme is null)
        {
            return null;
        }

        var themeIds = ThemeHierarchy.SelfAndDescendants(theme.Edge.Id, themes.Select(t => t.Edge).ToList()).ToList();
        var visible = db.Meetings.VisibleTo(access);
        var speeches = db.Speeches.AsNoTracking()
            .Where(s => s.Themes.Any(t => themeIds.Contains(t.Id)) && visible.Any(m => m.Id == s.MeetingId));

        var years = await speeches
            .GroupBy(s => s.Meeting.StartDate.Year)
            .Select(g => new YearCount(g.Key, g.Count()))
            .ToListAsync(ct);
        var speakers = await speeches
            .Where(s => s.SpeakerPerson != null)
            .GroupBy(s => new { s.SpeakerPerson!.Slug, s.SpeakerPerson.Name.Zh, s.SpeakerPerson.Name.En })
            .Select(g => new { g.Key.Slug, g.Key.Zh, g.Key.En, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Slug)
            .Take(TopCount)
            .ToListAsync(ct);
        var organisations = await speeches
            .Where(s => s.SpeakerOrganisation != null)
            .GroupBy(s => new { s.SpeakerOrganisation!.Slug, s.SpeakerOrganisation.Name.Zh, s.SpeakerOrganisation.Name.En })
            .Select(g => new { g.Key.Slug, g.Key.Zh, g.Key.En, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Slug)
            .Take(TopCount)
            .ToListAsync(ct);

        // Sub-themes are part of the theme here, so only themes outside it count as co-occurring.
        var coThemes = await speeches
            .SelectMany(s => s.Themes)
            .Where(t => !themeIds.Contains(t.Id))
            .GroupBy(t => new { t.Slug, t.Name.Zh, t.Name.En })
            .Select(g => new { g.Key.Slug, g.Key.Zh, g.Key.En, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Slug)
            .Take(TopCount)
            .ToListAsync(ct);

        return new ThemeAnalysis(
            WithEmptyYears(years),
            speakers.Select(s => new RankedLink(new RecordLink(s.Slug, Bilingual.Of(s.En, s.Zh)), s.Count)).ToList(),
            organisations.Select(o => new RankedLink(new RecordLink(o.Slug, Bilingual.Of(o.En, o.Zh)), o.Count)).ToList(),
            coThemes.Select(t => new RankedLink(new RecordLink(t.Slug, Bilingual.Of(t.En, t.Zh)), t.Count)).ToList(),
            themeIds);
    }

    /// <summary>Every year from the first to the last, so that a silent year shows as a gap in
    /// the chart rather than vanishing from it.</summary>
    private static List<YearCount> WithEmptyYears(List<YearCount> years)
    {
        if (years.Count == 0)
        {
            return [];
        }

        var counts = years.ToDictionary(y => y.Year, y => y.Count);
        var first = years.Min(y => y.Year);
        var last = years.Max(y => y.Year);
        return Enumerable.Range(first, last - first + 1)
            .Select(year => new YearCount(year, counts.GetValueOrDefault(year)))
            .ToList();
    }
}
