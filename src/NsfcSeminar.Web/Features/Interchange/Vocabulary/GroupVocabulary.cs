using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.Web.Features.Interchange.Vocabulary;

/// <summary>Attendee groups, with the organisations their members come from.</summary>
internal sealed class GroupVocabulary : VocabularyKind<GroupRecord, AttendeeGroup>
{
    public override BundleSection Section => BundleSection.AttendeeGroups;

    public override SlugIndex Index(ArchiveSlugs slugs) => slugs.Groups;

    public override DbSet<AttendeeGroup> Set(SeminarDbContext db) => db.AttendeeGroups;

    public override IQueryable<AttendeeGroup> Query(SeminarDbContext db) => db.AttendeeGroups.Include(g => g.Organisations);

    public override string SlugOf(GroupRecord record) => record.Slug;

    public override string SlugOf(AttendeeGroup entity) => entity.Slug;

    public override int IdOf(AttendeeGroup entity) => entity.Id;

    public override GroupRecord ToRecord(AttendeeGroup entity, ArchiveSlugs slugs) => new()
    {
        Slug = entity.Slug,
        Name = BilingualText.From(entity.Name) ?? new BilingualText(),
        Organisations = [.. entity.Organisations.Select(o => slugs.Organisations.SlugOf(o.Id)!).Order(StringComparer.Ordinal)],
    };

    public override AttendeeGroup Create(GroupRecord record) => new() { Slug = record.Slug };

    public override void Apply(GroupRecord record, AttendeeGroup entity) => entity.Name = record.Name.ToBilingual();

    public override void Check(GroupRecord record, RecordCheck check) => check.Bilingual("name", record.Name, 300, required: true);

    public override void CheckReferences(GroupRecord record, RecordCheck check, ArchiveSlugs slugs)
    {
        for (var i = 0; i < record.Organisations.Count; i++)
        {
            check.Reference($"organisations[{i}]", record.Organisations[i], slugs.Organisations, "an organisation");
        }
    }

    public override async Task SetLinksAsync(GroupRecord record, AttendeeGroup entity, ArchiveSlugs slugs, SeminarDbContext db, CancellationToken ct)
    {
        var ids = record.Organisations.Select(slug => slugs.Organisations.Id(slug)).ToHashSet();
        entity.Organisations.RemoveAll(o => !ids.Contains(o.Id));
        var missing = ids.Except(entity.Organisations.Select(o => o.Id)).ToList();
        entity.Organisations.AddRange(await db.Organisations.Where(o => missing.Contains(o.Id)).ToListAsync(ct));
    }
}
