using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Data.Snapshots;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.Web.Features.Interchange.Vocabulary;

internal sealed class PersonVocabulary : VocabularyKind<PersonRecord, Person>
{
    public override RecordType? Revised => RecordType.Person;

    /// <summary>From the entities just copied, not read back (300,000 people read back a chunk at
    /// a time took 14.6 s): what <see cref="SnapshotReader"/> reads of a person, the same content
    /// (a test pins that they agree).</summary>
    public override Task RecordCreatedAsync(SeminarDbContext db, IReadOnlyList<Person> created, CancellationToken ct) =>
        FirstRevisions.RecordAsync(db, [.. created.Select(p => new RecordState(RecordType.Person, p.Id, p.Slug, new PersonSnapshot(p.Slug, TextPair.Of(p.Name), TextPair.Of(p.Honorific))))], ct);

    public override BundleSection Section => BundleSection.People;

    public override SlugIndex Index(ArchiveSlugs slugs) => slugs.People;

    public override DbSet<Person> Set(SeminarDbContext db) => db.People;

    public override string SlugOf(PersonRecord record) => record.Slug;

    public override string SlugOf(Person entity) => entity.Slug;

    public override int IdOf(Person entity) => entity.Id;

    public override BilingualText? NameForDuplicates(PersonRecord record) => record.Name;

    public override PersonRecord ToRecord(Person entity, ArchiveSlugs slugs) => new()
    {
        Slug = entity.Slug,
        Name = BilingualText.From(entity.Name) ?? new BilingualText(),
        Honorific = BilingualText.From(entity.Honorific),
    };

    public override Person Create(PersonRecord record) => new() { Slug = record.Slug };

    public override void Apply(PersonRecord record, Person entity)
    {
        entity.Name = record.Name.ToBilingual();
        entity.Honorific = record.Honorific?.ToBilingual() ?? new Bilingual();
    }

    public override void Check(PersonRecord record, RecordCheck check)
    {
        check.Bilingual("name", record.Name, 200, required: true);
        check.Bilingual("honorific", record.Honorific, 100);
    }
}
