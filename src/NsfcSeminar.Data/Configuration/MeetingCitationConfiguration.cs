using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class MeetingCitationConfiguration : IEntityTypeConfiguration<MeetingCitation>
{
    public void Configure(EntityTypeBuilder<MeetingCitation> entity)
    {
        entity.HasKey(c => new { c.MeetingId, c.DocumentId });
        entity.HasOne(c => c.Document).WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(c => c.DocumentId);
    }
}
