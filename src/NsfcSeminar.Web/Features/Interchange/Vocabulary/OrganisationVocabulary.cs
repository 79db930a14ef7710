using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.Web.Features.Interchange.Vocabulary;

internal sealed class OrganisationVocabulary : VocabularyKind<OrganisationRecord, Organisation>
{
    public override RecordType? Revised => RecordType.Organisation;

    public override bool HasParentsOrLinks => true;

    public override BundleSection Section => BundleSection.Organisations;

    public override SlugIndex Index(ArchiveSlugs slugs) => slugs.Organisations;

    public override DbSet<Organisation> Set(SeminarDbContext db) => db.Organisations;

    public override string SlugOf(OrganisationRecord record) => record.Slug;

    public override string SlugOf(Organisation entity) => entity.Slug;

    public override int IdOf(Organisation entity) => entity.Id;

    public override string? ParentOf(OrganisationRecord record) => record.Parent;

    public override void SetParent(Organisation entity, int? parentId) => entity.ParentId = parentId;

    public override BilingualText? NameForDuplicates(OrganisationRecord record) => record.Name;

    public override OrganisationRecord ToRecord(Organisation entity, ArchiveSlugs slugs) => new()
    {
        Slug = entity.Slug,
        Parent = slugs.Organisations.SlugOf(entity.ParentId),
        Kind = entity.Kind,
        Name = BilingualText.From(entity.Name) ?? new BilingualText(),
        ShortName = BilingualText.From(entity.ShortName),
    };

    public override Organisation Create(OrganisationRecord record) => new() { Slug = record.Slug };

    public override void Apply(OrganisationRecord record, Organisation entity)
    {
        entity.Kind = record.Kind;
        entity.Name = record.Name.ToBilingual();
        entity.ShortName = record.ShortName?.ToBilingual() ?? new Bilingual();
    }

    public override void Check(OrganisationRecord record, RecordCheck check)
    {
        check.Defined("kind", record.Kind);
        check.Bilingual("name", record.Name, 300, required: true);
        check.Bilingual("shortName", record.ShortName, 100);
    }
}
