using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>
/// What a harvester may collect, and how a selection narrows it. Harvesters are anonymous, so
/// only published public meetings and their speeches, and as sets only the series those meetings
/// carry and the theme vocabulary (through <see cref="ReaderAccessQueryableExtensions"/>, ADR-013).
/// A meeting's datestamp is the latest change to it or to any of its speeches; a speech's is the
/// latest change to it or to its meeting, since each record shows some of the other.
/// </summary>
internal static class HarvestableRecords
{
    public static IQueryable<Meeting> Meetings(SeminarDbContext db) =>
        db.Meetings.VisibleTo(ReaderAccess.Anonymous);

    public static IQueryable<MeetingSeries> Series(SeminarDbContext db) =>
        db.MeetingSeries.VisibleTo(ReaderAccess.Anonymous, db);

    public static IQueryable<ReformTheme> Themes(SeminarDbContext db) =>
        db.ReformThemes.VisibleTo(ReaderAccess.Anonymous);

    public static IQueryable<Speech> Speeches(SeminarDbContext db)
    {
        var visible = Meetings(db);
        return db.Speeches.Where(s => visible.Any(m => m.Id == s.MeetingId));
    }

    public static IQueryable<Meeting> Matching(this IQueryable<Meeting> meetings, OaiSelection selection)
    {
        if (selection.From is { } from)
        {
            var start = from.Value;
            meetings = meetings.Where(m => m.UpdatedAt >= start || m.Speeches.Any(s => s.UpdatedAt >= start));
        }

        if (selection.Until is { } until)
        {
            var end = until.EndExclusive;
            meetings = meetings.Where(m => m.UpdatedAt < end && m.Speeches.All(s => s.UpdatedAt < end));
        }

        return selection.Set switch
        {
            null => meetings,
            "series" => meetings.Where(m => m.SeriesId != null),
            "theme" => meetings.Where(m => m.Themes.Count != 0 || m.Speeches.Any(s => s.Themes.Count != 0)),
            _ when OaiSets.SeriesSlug(selection.Set) is { } series => meetings.Where(m => m.Series!.Slug == series),
            _ when OaiSets.ThemeSlug(selection.Set) is { } theme =>
                meetings.Where(m => m.Themes.Any(t => t.Slug == theme) || m.Speeches.Any(s => s.Themes.Any(t => t.Slug == theme))),
            _ => meetings.Where(_ => false),
        };
    }

    public static IQueryable<Speech> Matching(this IQueryable<Speech> speeches, OaiSelection selection)
    {
        if (selection.From is { } from)
        {
            var start = from.Value;
            speeches = speeches.Where(s => s.UpdatedAt >= start || s.Meeting.UpdatedAt >= start);
        }

        if (selection.Until is { } until)
        {
            var end = until.EndExclusive;
            speeches = speeches.Where(s => s.UpdatedAt < end && s.Meeting.UpdatedAt < end);
        }

        return selection.Set switch
        {
            null => speeches,
            "series" => speeches.Where(s => s.Meeting.SeriesId != null),
            "theme" => speeches.Where(s => s.Themes.Count != 0),
            _ when OaiSets.SeriesSlug(selection.Set) is { } series => speeches.Where(s => s.Meeting.Series!.Slug == series),
            _ when OaiSets.ThemeSlug(selection.Set) is { } theme => speeches.Where(s => s.Themes.Any(t => t.Slug == theme)),
            _ => speeches.Where(_ => false),
        };
    }
}
