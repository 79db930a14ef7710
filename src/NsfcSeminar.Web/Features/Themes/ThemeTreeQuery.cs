using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;

namespace NsfcSeminar.Web.Features.Themes;

/// <summary>The whole reform-theme hierarchy in one SQL command.</summary>
internal sealed class ThemeTreeQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ThemeNode>> LoadAsync(ReaderAccess access, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = db.Meetings.VisibleTo(access);
        var rows = await db.ReformThemes.AsNoTracking().VisibleTo(access)
            .OrderBy(t => t.SortOrder)
            .ThenBy(t => t.Slug)
            .Select(t => new ThemeRow(
                t.Id,
                t.ParentId,
                t.Slug,
                t.Name,
                t.Speeches.Count(s => visible.Any(m => m.Id == s.MeetingId))))
            .ToListAsync(ct);
        return Build(rows, parentId: null, depth: 0);
    }

    private static List<ThemeNode> Build(List<ThemeRow> rows, int? parentId, int depth) =>
        depth > MaxDepth
            ? []
            : rows
                .Where(r => r.ParentId == parentId)
                .Select(r => new ThemeNode(r.Slug, r.Name, r.SpeechCount, Build(rows, r.Id, depth + 1)))
                .ToList();

    /// <summary>Stops a parent cycle from recursing for ever; real hierarchies are 2–4 deep.</summary>
    private const int MaxDepth = 16;

    private sealed record ThemeRow(int Id, int? ParentId, string Slug, Bilingual Name, int SpeechCount);
}
