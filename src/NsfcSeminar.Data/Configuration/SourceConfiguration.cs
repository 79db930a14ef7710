using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> entity)
    {
        entity.Property(s => s.Address).HasMaxLength(2000);
        entity.HasBilingual(s => s.Title, 500);
        entity.HasBilingual(s => s.Publisher, 300);
        entity.HasIndex(s => new { s.MeetingId, s.SortOrder });
        entity.HasOne(s => s.Speech).WithMany().HasForeignKey(s => s.SpeechId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(s => s.Copies).WithOne().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Cascade);
        entity.ToTable(t =>
        {
            // A source must be findable: by its address, or by its title where it is not on the web.
            t.HasCheckConstraint("ck_sources_findable", "num_nonnulls(address, title_zh, title_en) >= 1");
            t.HasCheckConstraint("ck_sources_address", "address IS NULL OR address ~ '^https?://'");
        });
    }
}
