using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Alerts;

namespace NsfcSeminar.Data.Configuration;

internal sealed class DigestRunConfiguration : IEntityTypeConfiguration<DigestRun>
{
    public void Configure(EntityTypeBuilder<DigestRun> entity)
    {
        entity.Property(r => r.LastError).HasMaxLength(DigestRun.ErrorMaxLength);

        // One run per period, whichever instance starts it.
        entity.HasIndex(r => new { r.Frequency, r.PeriodStart }).IsUnique();
    }
}
