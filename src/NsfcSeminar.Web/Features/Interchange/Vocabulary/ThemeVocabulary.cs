using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.Web.Features.Interchange.Vocabulary;

internal sealed class ThemeVocabulary : VocabularyKind<ThemeRecord, ReformTheme>
{
    public override RecordType? Revised => RecordType.Theme;

    public override bool HasParentsOrLinks => true;

    public override BundleSection Section => BundleSection.Themes;

    public override SlugIndex Index(ArchiveSlugs slugs) => slugs.Themes;

    public override DbSet<ReformTheme> Set(SeminarDbContext db) => db.ReformThemes;

    public override string SlugOf(ThemeRecord record) => record.Slug;

    public override string SlugOf(ReformTheme entity) => entity.Slug;

    public override int IdOf(ReformTheme entity) => entity.Id;

    public override string? ParentOf(ThemeRecord record) => record.Parent;

    public override void SetParent(ReformTheme entity, int? parentId) => entity.ParentId = parentId;

    public override ThemeRecord ToRecord(ReformTheme entity, ArchiveSlugs slugs) => new()
    {
        Slug = entity.Slug,
        Parent = slugs.Themes.SlugOf(entity.ParentId),
        SortOrder = entity.SortOrder,
        Name = BilingualText.From(entity.Name) ?? new BilingualText(),
        Description = BilingualText.From(entity.Description),
    };

    public override ReformTheme Create(ThemeRecord record) => new() { Slug = record.Slug };

    public override void Apply(ThemeRecord record, ReformTheme entity)
    {
        entity.SortOrder = record.SortOrder;
        entity.Name = record.Name.ToBilingual();
        entity.Description = record.Description?.ToBilingual() ?? new Bilingual();
    }

    public override void Check(ThemeRecord record, RecordCheck check)
    {
        check.Bilingual("name", record.Name, 200, required: true);
    }
}
