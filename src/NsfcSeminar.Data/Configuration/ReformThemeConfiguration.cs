using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class ReformThemeConfiguration : IEntityTypeConfiguration<ReformTheme>
{
    public void Configure(EntityTypeBuilder<ReformTheme> entity)
    {
        entity.HasSlug();
        entity.HasBilingual(t => t.Name, 200);
        entity.HasBilingualText(t => t.Description);
        entity.Property(t => t.Version).IsRowVersion();
        entity.HasOne(t => t.Parent).WithMany(t => t.Children).OnDelete(DeleteBehavior.Restrict);
        entity.ToTable(t => t.HasCheckConstraint("ck_reform_themes_not_own_parent", "parent_id IS NULL OR parent_id <> id"));
    }
}
