using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Web.Features.Saving;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>Creates the records a form picks from, without leaving the form. The slug comes from
/// the English name (or pinyin), made unique with a number when taken.</summary>
internal sealed class RecordCreation(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public static IEnumerable<FieldProblem> Check(NewRecordInput input, IStringLocalizer<SharedResource> L)
    {
        if (string.IsNullOrWhiteSpace(input.Name.En) || Slug.From(input.Name.En).Length == 0)
        {
            yield return new(input.Name, nameof(input.Name.En), L["Editing.EnterTheEnglishNameOrPinyin"]);
        }
    }

    public async Task<LookupItem> CreateAsync(NewRecordInput input, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var name = input.Name.ToBilingual();
        var stem = Slug.From(name.En!);
        switch (input.Kind)
        {
            case NewRecordKind.Person:
                var person = new Person { Slug = await FreeSlugAsync(db.People.Select(p => p.Slug), stem, ct), Name = name, Honorific = input.Honorific.ToBilingual() };
                db.People.Add(person);
                await db.SaveWithRevisionsAsync(ct);
                return new LookupItem(person.Id, person.Slug, person.Name);
            case NewRecordKind.Organisation:
                var organisation = new Organisation { Slug = await FreeSlugAsync(db.Organisations.Select(o => o.Slug), stem, ct), Name = name, Kind = input.OrganisationKind };
                db.Organisations.Add(organisation);
                await db.SaveWithRevisionsAsync(ct);
                return new LookupItem(organisation.Id, organisation.Slug, organisation.Name);
            case NewRecordKind.Group:
                var group = new AttendeeGroup { Slug = await FreeSlugAsync(db.AttendeeGroups.Select(g => g.Slug), stem, ct), Name = name };
                db.AttendeeGroups.Add(group);
                await db.SaveWithRevisionsAsync(ct);
                return new LookupItem(group.Id, group.Slug, group.Name);
            default:
                var document = new CitedDocument { Slug = await FreeSlugAsync(db.CitedDocuments.Select(d => d.Slug), stem, ct), Title = name, Kind = input.DocumentKind };
                db.CitedDocuments.Add(document);
                await db.SaveWithRevisionsAsync(ct);
                return new LookupItem(document.Id, document.Slug, document.Title);
        }
    }

    /// <summary>Records of the same kind with the same Chinese name, or whose English name or
    /// pinyin is the new one's ("Dou Xian-kang" is 窦贤康): see <see cref="NameKeys"/>.</summary>
    public async Task<IReadOnlyList<LookupItem>> SameNamedAsync(NewRecordInput input, CancellationToken ct)
    {
        var name = input.Name.ToBilingual();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var named = input.Kind switch
        {
            NewRecordKind.Person => await db.People.AsNoTracking().Select(p => new LookupItem(p.Id, p.Slug, p.Name)).ToListAsync(ct),
            NewRecordKind.Organisation => await db.Organisations.AsNoTracking().Select(o => new LookupItem(o.Id, o.Slug, o.Name)).ToListAsync(ct),
            NewRecordKind.Group => await db.AttendeeGroups.AsNoTracking().Select(g => new LookupItem(g.Id, g.Slug, g.Name)).ToListAsync(ct),
            _ => [],
        };
        return [.. named.Where(item => NameKeys.Same(item.Name, name))];
    }

    private static async Task<string> FreeSlugAsync(IQueryable<string> slugs, string stem, CancellationToken ct)
    {
        stem = stem[..Math.Min(stem.Length, Slug.MaxLength - 4)].TrimEnd('-');
        var taken = await slugs.Where(s => s == stem || s.StartsWith(stem + "-")).ToListAsync(ct);
        var slug = stem;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{stem}-{n}";
        }

        return slug;
    }
}
