using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class SlugRedirectConfiguration : IEntityTypeConfiguration<SlugRedirect>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> entity)
    {
        entity.Property(r => r.RecordType).HasConversion<string>().HasMaxLength(20);
        entity.HasKey(r => new { r.RecordType, r.OldSlug });
        entity.Property(r => r.OldSlug).HasMaxLength(Slug.MaxLength);
        entity.Property(r => r.NewSlug).HasMaxLength(Slug.MaxLength);

        // A rename re-points every redirect that led to the old slug.
        entity.HasIndex(r => new { r.RecordType, r.NewSlug });
        entity.ToTable("slug_redirects", t => t.HasCheckConstraint("ck_slug_redirects_not_to_self", "old_slug <> new_slug"));
    }
}
