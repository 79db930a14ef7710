using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Accounts;

namespace NsfcSeminar.Data.Configuration;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entity)
    {
        entity.Property(e => e.UserId).HasMaxLength(450);
        entity.Property(e => e.UserName).HasMaxLength(256);
        entity.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        entity.Property(e => e.TargetType).HasMaxLength(AuditEntry.TargetTypeMaxLength);
        entity.Property(e => e.TargetKey).HasMaxLength(AuditEntry.TargetKeyMaxLength);
        entity.Property(e => e.Detail).HasMaxLength(AuditEntry.DetailMaxLength);

        // The admin page reads newest first; a record's history reads by target.
        entity.HasIndex(e => e.At).IsDescending();
        entity.HasIndex(e => new { e.TargetType, e.TargetKey });
    }
}
