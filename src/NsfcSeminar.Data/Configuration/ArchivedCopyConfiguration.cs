using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class ArchivedCopyConfiguration : IEntityTypeConfiguration<ArchivedCopy>
{
    public void Configure(EntityTypeBuilder<ArchivedCopy> entity)
    {
        entity.Property(c => c.FileName).HasMaxLength(255);
        entity.Property(c => c.ContentType).HasMaxLength(100);
        entity.Property(c => c.Sha256).HasMaxLength(64).IsFixedLength();
        entity.HasIndex(c => c.Sha256);
        entity.Property(c => c.CreatedAt).HasDefaultValueSql("now()");
        entity.ToTable(t =>
        {
            t.HasCheckConstraint("ck_archived_copies_sha256", "sha256 ~ '^[0-9a-f]{64}$'");
            t.HasCheckConstraint("ck_archived_copies_size", "size = octet_length(content)");
        });
    }
}
