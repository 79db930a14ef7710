using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.Web.Features.Interchange.Vocabulary;

internal sealed class SeriesVocabulary : VocabularyKind<NamedRecord, MeetingSeries>
{
    public override BundleSection Section => BundleSection.Series;

    public override SlugIndex Index(ArchiveSlugs slugs) => slugs.Series;

    public override DbSet<MeetingSeries> Set(SeminarDbContext db) => db.MeetingSeries;

    public override string SlugOf(NamedRecord record) => record.Slug;

    public override string SlugOf(MeetingSeries entity) => entity.Slug;

    public override int IdOf(MeetingSeries entity) => entity.Id;

    public override NamedRecord ToRecord(MeetingSeries entity, ArchiveSlugs slugs) => new()
    {
        Slug = entity.Slug,
        Name = BilingualText.From(entity.Name) ?? new BilingualText(),
    };

    public override MeetingSeries Create(NamedRecord record) => new() { Slug = record.Slug };

    public override void Apply(NamedRecord record, MeetingSeries entity) => entity.Name = record.Name.ToBilingual();

    public override void Check(NamedRecord record, RecordCheck check) => check.Bilingual("name", record.Name, 300, required: true);
}
