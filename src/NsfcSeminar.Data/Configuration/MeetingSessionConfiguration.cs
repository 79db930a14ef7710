using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class MeetingSessionConfiguration : IEntityTypeConfiguration<MeetingSession>
{
    public void Configure(EntityTypeBuilder<MeetingSession> entity)
    {
        entity.Property(s => s.Anchor).HasMaxLength(Slug.MaxLength);
        entity.HasIndex(s => new { s.MeetingId, s.Anchor }).IsUnique();
        entity.HasBilingual(s => s.Title, 500);
        entity.HasOne(s => s.ChairPerson).WithMany().OnDelete(DeleteBehavior.Restrict);
        entity.ToTable(t => t.HasCheckConstraint("ck_meeting_sessions_anchor", $"anchor ~ '{Slug.Pattern}'"));
    }
}
