using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.Web.Features.Interchange.Vocabulary;

internal sealed class GroupVocabulary : VocabularyKind<NamedRecord, AttendeeGroup>
{
    public override BundleSection Section => BundleSection.AttendeeGroups;

    public override SlugIndex Index(ArchiveSlugs slugs) => slugs.Groups;

    public override DbSet<AttendeeGroup> Set(SeminarDbContext db) => db.AttendeeGroups;

    public override string SlugOf(NamedRecord record) => record.Slug;

    public override string SlugOf(AttendeeGroup entity) => entity.Slug;

    public override int IdOf(AttendeeGroup entity) => entity.Id;

    public override NamedRecord ToRecord(AttendeeGroup entity, ArchiveSlugs slugs) => new()
    {
        Slug = entity.Slug,
        Name = BilingualText.From(entity.Name) ?? new BilingualText(),
    };

    public override AttendeeGroup Create(NamedRecord record) => new() { Slug = record.Slug };

    public override void Apply(NamedRecord record, AttendeeGroup entity) => entity.Name = record.Name.ToBilingual();

    public override void Check(NamedRecord record, RecordCheck check) => check.Bilingual("name", record.Name, 300, required: true);
}
