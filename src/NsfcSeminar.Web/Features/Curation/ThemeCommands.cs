using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Web.Features.Saving;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Curation;

/// <summary>Creates, renames, moves and merges reform themes. A changed slug leaves a redirect;
/// every save is a revision (recorded by the context).</summary>
internal sealed class ThemeCommands(IDbContextFactory<SeminarDbContext> dbFactory, IStringLocalizer<SharedResource> L)
{
    public async Task<SaveResult<string>> SaveAsync(ThemeInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = input.Validate(L);
        if (errors.Count > 0)
        {
            return CurationSave.Refused(input, errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var slug = input.EffectiveSlug;
        if (await db.ReformThemes.AnyAsync(t => t.Slug == slug && t.Id != input.Id, ct))
        {
            return CurationSave.Refused(input, nameof(ThemeInput.Slug), L["Curation.AnotherThemeAlreadyHasThisSlug"]);
        }

        var parents = await db.ReformThemes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.ParentId, ct);
        if (input.ParentId is int parent && (!parents.ContainsKey(parent) || (input.Id is int id && Hierarchy.IsSelfOrDescendant(parent, id, parents))))
        {
            return CurationSave.Refused(input, nameof(ThemeInput.ParentId), L["Curation.AThemeCannotBePlacedUnder"]);
        }

        ReformTheme theme;
        if (input.Id is int existing)
        {
            theme = await db.ReformThemes.FirstOrDefaultAsync(t => t.Id == existing, ct)
                ?? throw new InvalidOperationException($"No theme {existing}.");
            db.Entry(theme).Property(t => t.Version).OriginalValue = input.Version;
            await SlugRedirects.RecordMoveAsync(db, RecordType.Theme, theme.Slug, slug, ct);
        }
        else
        {
            theme = new ReformTheme { Slug = slug };
            db.ReformThemes.Add(theme);
            await SlugRedirects.ReleaseAsync(db, RecordType.Theme, slug, ct);
        }

        theme.Slug = slug;
        theme.Name = Bilingual.Of(input.NameEn?.Trim(), input.NameZh?.Trim());
        theme.Description = Bilingual.Of(CurationSave.Blank(input.DescriptionEn), CurationSave.Blank(input.DescriptionZh));
        theme.ParentId = input.ParentId;
        theme.SortOrder = input.SortOrder;
        return await CurationSave.SaveAsync(db, slug, L, ct);
    }

    /// <summary>Merges <paramref name="sourceId"/> into <paramref name="targetId"/>: its tags on
    /// speeches and meetings and its sub-themes move to the target, its slug redirects there, and
    /// it is removed (its last content stays in its history).</summary>
    public async Task<SaveResult<string>> MergeAsync(int sourceId, int targetId, CancellationToken ct)
    {
        if (sourceId == targetId)
        {
            return CurationSave.Refused(null, "MergeTarget", L["Curation.ChooseTwoDifferentThemes"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var parents = await db.ReformThemes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.ParentId, ct);
        if (Hierarchy.IsSelfOrDescendant(targetId, sourceId, parents))
        {
            return CurationSave.Refused(null, "MergeTarget", L["Curation.AThemeCannotBeMergedInto"]);
        }

        var source = await db.ReformThemes.Include(t => t.Children).FirstAsync(t => t.Id == sourceId, ct);
        var target = await db.ReformThemes.FirstAsync(t => t.Id == targetId, ct);
        var speeches = await db.Speeches.Include(s => s.Themes).Where(s => s.Themes.Any(t => t.Id == sourceId)).ToListAsync(ct);
        foreach (var speech in speeches)
        {
            Retag(speech.Themes, source, target);
        }

        var meetings = await db.Meetings.Include(m => m.Themes).Where(m => m.Themes.Any(t => t.Id == sourceId)).ToListAsync(ct);
        foreach (var meeting in meetings)
        {
            Retag(meeting.Themes, source, target);
        }

        foreach (var child in source.Children.ToList())
        {
            child.Parent = target;
        }

        await SlugRedirects.RecordMoveAsync(db, RecordType.Theme, source.Slug, target.Slug, ct);
        db.ReformThemes.Remove(source);
        return await CurationSave.SaveAsync(db, target.Slug, L, ct, RevisionNote.Merged(target.Slug));
    }

    private static void Retag(List<ReformTheme> tags, ReformTheme source, ReformTheme target)
    {
        tags.Remove(source);
        if (!tags.Contains(target))
        {
            tags.Add(target);
        }
    }
}
