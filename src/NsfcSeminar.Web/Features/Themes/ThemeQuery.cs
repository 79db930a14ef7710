using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Features.Speeches;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Themes;

/// <summary>A theme's page: its place in the hierarchy and what was said under it or any of its
/// sub-themes. Four SQL commands.</summary>
internal sealed class ThemeQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<ThemeRecord?> FindAsync(string slug, ReaderAccess access, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var vocabulary = db.ReformThemes.AsNoTracking().VisibleTo(access);
        var edges = await vocabulary
            .Select(t => new ThemeEdge(t.Id, t.ParentId))
            .ToListAsync(ct);
        var theme = await vocabulary
            .Where(t => t.Slug == slug)
            .Select(t => new
            {
                t.Id,
                t.Slug,
                t.Name,
                t.Description,
                Parent = t.Parent == null ? null : new RecordLink(t.Parent.Slug, t.Parent.Name),
                Children = t.Children.OrderBy(c => c.SortOrder).Select(c => new RecordLink(c.Slug, c.Name)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (theme is null)
        {
            return null;
        }

        var themeIds = ThemeHierarchy.SelfAndDescendants(theme.Id, edges).ToList();
        var visible = db.Meetings.AsNoTracking().VisibleTo(access);
        var speeches = await db.Speeches.AsNoTracking()
            .Where(s => s.Themes.Any(t => themeIds.Contains(t.Id)) && visible.Any(m => m.Id == s.MeetingId))
            .ToListingsAsync(ct);
        var meetings = await visible
            .Where(m => m.Themes.Any(t => themeIds.Contains(t.Id)) || m.Speeches.Any(s => s.Themes.Any(t => themeIds.Contains(t.Id))))
            .ToSummariesAsync(ct);
        return new ThemeRecord(theme.Slug, theme.Name, theme.Description, theme.Parent, theme.Children, speeches, meetings);
    }
}
