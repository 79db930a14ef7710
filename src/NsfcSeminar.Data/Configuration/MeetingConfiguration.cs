using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> entity)
    {
        entity.HasSlug();
        entity.HasBilingual(m => m.SequenceTerm, 200);
        entity.HasBilingual(m => m.Place, 200);
        entity.Property(m => m.Version).IsRowVersion();
        entity.ToTable(t =>
        {
            t.HasCheckConstraint("ck_meetings_end_after_start", "end_date IS NULL OR end_date >= start_date");
            t.HasCheckConstraint("ck_meetings_sequence_positive", "sequence_number IS NULL OR sequence_number > 0");
        });

        // History is never deleted by accident: a series or organiser still in use cannot go.
        entity.HasOne(m => m.Series).WithMany(s => s.Meetings).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(m => m.Organiser).WithMany().OnDelete(DeleteBehavior.Restrict);

        // The archive lists newest first, filtered by what a reader may see.
        entity.HasIndex(m => new { m.Status, m.Visibility, m.StartDate });
        entity.HasIndex(m => m.StartDate);

        entity.HasMany(m => m.Texts).WithOne().HasForeignKey(t => t.MeetingId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(m => m.Citations).WithOne().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(m => m.Sessions).WithOne().HasForeignKey(s => s.MeetingId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(m => m.Sources).WithOne().HasForeignKey(s => s.MeetingId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(m => m.Themes).WithMany(t => t.Meetings).UsingEntity<Dictionary<string, object>>(
            "meeting_themes",
            j => j.HasOne<ReformTheme>().WithMany().HasForeignKey("theme_id").OnDelete(DeleteBehavior.Restrict),
            j => j.HasOne<Meeting>().WithMany().HasForeignKey("meeting_id").OnDelete(DeleteBehavior.Cascade),
            j =>
            {
                j.HasKey("meeting_id", "theme_id");
                j.HasIndex("theme_id");
            });
    }
}
