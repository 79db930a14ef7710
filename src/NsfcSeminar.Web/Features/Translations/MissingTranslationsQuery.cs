using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Translations;

/// <summary>For each language, the records that lack a version in it: meetings' and speeches'
/// texts, and the names of people, organisations and themes. Five queries, whatever the size.</summary>
internal sealed class MissingTranslationsQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<IReadOnlyList<MissingTranslation>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var missing = new List<MissingTranslation>();
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.Status != PublicationStatus.Archived)
            .OrderByDescending(m => m.StartDate)
            .Select(m => new { m.Slug, Languages = m.Texts.Select(t => t.Language).ToList(), Title = m.Texts.Select(t => t.Title).FirstOrDefault() })
            .ToListAsync(ct);
        missing.AddRange(meetings.SelectMany(m => Lacking(m.Languages).Select(l =>
            new MissingTranslation(MissingKind.Meeting, l, m.Title ?? m.Slug, EditLinks.Meeting(m.Slug)))));

        var speeches = await db.Speeches.AsNoTracking()
            .Where(s => s.Meeting.Status != PublicationStatus.Archived)
            .OrderByDescending(s => s.Meeting.StartDate).ThenBy(s => s.SortOrder)
            .Select(s => new { s.Anchor, MeetingSlug = s.Meeting.Slug, Languages = s.Texts.Select(t => t.Language).ToList(), Title = s.Texts.Where(t => t.Title != "").Select(t => t.Title).FirstOrDefault() })
            .ToListAsync(ct);
        missing.AddRange(speeches.SelectMany(s => Lacking(s.Languages).Select(l =>
            new MissingTranslation(MissingKind.Speech, l, s.Title ?? $"{s.MeetingSlug}#{s.Anchor}", EditLinks.Speech(s.MeetingSlug, s.Anchor)))));

        var people = await db.People.AsNoTracking().Where(p => p.Name.Zh == null || p.Name.Zh == "" || p.Name.En == null || p.Name.En == "")
            .OrderBy(p => p.Slug).Select(p => new { p.Slug, p.Name }).ToListAsync(ct);
        missing.AddRange(people.SelectMany(p => Lacking(p.Name).Select(l =>
            new MissingTranslation(MissingKind.Person, l, p.Name.In(l.Other()) ?? p.Slug, EditLinks.Person(p.Slug)))));

        var organisations = await db.Organisations.AsNoTracking().Where(o => o.Name.Zh == null || o.Name.Zh == "" || o.Name.En == null || o.Name.En == "")
            .OrderBy(o => o.Slug).Select(o => new { o.Slug, o.Name }).ToListAsync(ct);
        missing.AddRange(organisations.SelectMany(o => Lacking(o.Name).Select(l =>
            new MissingTranslation(MissingKind.Organisation, l, o.Name.In(l.Other()) ?? o.Slug, EditLinks.Organisation(o.Slug)))));

        var themes = await db.ReformThemes.AsNoTracking().Where(t => t.Name.Zh == null || t.Name.Zh == "" || t.Name.En == null || t.Name.En == "")
            .OrderBy(t => t.Slug).Select(t => new { t.Slug, t.Name }).ToListAsync(ct);
        missing.AddRange(themes.SelectMany(t => Lacking(t.Name).Select(l =>
            new MissingTranslation(MissingKind.Theme, l, t.Name.In(l.Other()) ?? t.Slug, EditLinks.Theme(t.Slug)))));
        return missing;
    }

    private static IEnumerable<Language> Lacking(List<Language> present) => Enum.GetValues<Language>().Except(present);

    private static IEnumerable<Language> Lacking(Bilingual name) => Enum.GetValues<Language>().Where(l => string.IsNullOrWhiteSpace(name.In(l)));
}
