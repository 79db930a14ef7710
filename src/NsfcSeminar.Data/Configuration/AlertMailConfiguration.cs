using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Alerts;

namespace NsfcSeminar.Data.Configuration;

internal sealed class AlertMailConfiguration : IEntityTypeConfiguration<AlertMail>
{
    public void Configure(EntityTypeBuilder<AlertMail> entity)
    {
        entity.Property(m => m.MessageId).HasMaxLength(200);
        entity.Property(m => m.Recipient).HasMaxLength(256);
        entity.Property(m => m.Subject).HasMaxLength(400);
        entity.Property(m => m.UnsubscribeUrl).HasMaxLength(2_000);
        entity.Property(m => m.LastError).HasMaxLength(DigestRun.ErrorMaxLength);
        entity.HasIndex(m => m.MessageId).IsUnique();

        // One digest per saved search and period: a second writer fails here, whatever else failed.
        entity.HasIndex(m => new { m.SavedSearchId, m.DigestRunId }).IsUnique();
        entity.HasIndex(m => m.DigestRunId);
        entity.HasIndex(m => m.Status);
        entity.HasOne<SavedSearch>().WithMany().HasForeignKey(m => m.SavedSearchId).OnDelete(DeleteBehavior.SetNull);
        entity.HasOne<DigestRun>().WithMany().HasForeignKey(m => m.DigestRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
