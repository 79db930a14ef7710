using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> entity)
    {
        entity.HasSlug();
        entity.HasBilingual(o => o.Name, 300);
        entity.HasBilingual(o => o.ShortName, 100);
        entity.Property(o => o.Version).IsRowVersion();
        entity.HasOne(o => o.Parent).WithMany(o => o.Children).OnDelete(DeleteBehavior.Restrict);
        entity.ToTable(t => t.HasCheckConstraint("ck_organisations_not_own_parent", "parent_id IS NULL OR parent_id <> id"));
    }
}
