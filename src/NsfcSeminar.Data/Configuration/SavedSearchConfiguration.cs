using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Alerts;

namespace NsfcSeminar.Data.Configuration;

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> entity)
    {
        entity.Property(s => s.Name).HasMaxLength(SavedSearch.NameMaxLength);
        entity.Property(s => s.Query).HasMaxLength(SavedSearch.QueryMaxLength);
        entity.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => s.UserId);

        // The digest looks for the searches of one frequency not yet processed for a period.
        entity.HasIndex(s => new { s.Frequency, s.LastPeriod });
    }
}
