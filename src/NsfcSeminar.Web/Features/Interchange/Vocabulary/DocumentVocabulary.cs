using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.Web.Features.Interchange.Vocabulary;

internal sealed class DocumentVocabulary : VocabularyKind<DocumentRecord, CitedDocument>
{
    public override BundleSection Section => BundleSection.Documents;

    public override SlugIndex Index(ArchiveSlugs slugs) => slugs.Documents;

    public override DbSet<CitedDocument> Set(SeminarDbContext db) => db.CitedDocuments;

    public override string SlugOf(DocumentRecord record) => record.Slug;

    public override string SlugOf(CitedDocument entity) => entity.Slug;

    public override int IdOf(CitedDocument entity) => entity.Id;

    public override DocumentRecord ToRecord(CitedDocument entity, ArchiveSlugs slugs) => new()
    {
        Slug = entity.Slug,
        Kind = entity.Kind,
        Title = BilingualText.From(entity.Title) ?? new BilingualText(),
        IssuedOn = entity.IssuedOn,
    };

    public override CitedDocument Create(DocumentRecord record) => new() { Slug = record.Slug };

    public override void Apply(DocumentRecord record, CitedDocument entity)
    {
        entity.Kind = record.Kind;
        entity.Title = record.Title.ToBilingual();
        entity.IssuedOn = record.IssuedOn;
    }

    public override void Check(DocumentRecord record, RecordCheck check)
    {
        check.Defined("kind", record.Kind);
        check.Bilingual("title", record.Title, 500, required: true);
    }
}
