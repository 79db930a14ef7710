using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class SpeechConfiguration : IEntityTypeConfiguration<Speech>
{
    public void Configure(EntityTypeBuilder<Speech> entity)
    {
        entity.Property(s => s.Anchor).HasMaxLength(Slug.MaxLength);
        entity.HasIndex(s => new { s.MeetingId, s.Anchor }).IsUnique();
        entity.HasIndex(s => new { s.MeetingId, s.SortOrder });
        entity.Property(s => s.Version).IsRowVersion();
        entity.ToTable(t =>
        {
            t.HasCheckConstraint("ck_speeches_anchor", $"anchor ~ '{Slug.Pattern}'");
            t.HasCheckConstraint(
                "ck_speeches_has_speaker",
                "num_nonnulls(speaker_person_id, speaker_organisation_id, speaker_group_id, speaker_description_zh, speaker_description_en) >= 1");
        });

        entity.HasOne(s => s.Meeting).WithMany(m => m.Speeches).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne(s => s.SpeakerPerson).WithMany().OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(s => s.SpeakerOrganisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(s => s.SpeakerGroup).WithMany().OnDelete(DeleteBehavior.Restrict);
        entity.HasBilingual(s => s.SpeakerDescription, 300);
        entity.HasOne(s => s.Session).WithMany().OnDelete(DeleteBehavior.SetNull);
        entity.HasMany(s => s.Texts).WithOne().HasForeignKey(t => t.SpeechId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(s => s.Themes).WithMany(t => t.Speeches).UsingEntity<Dictionary<string, object>>(
            "speech_themes",
            j => j.HasOne<ReformTheme>().WithMany().HasForeignKey("theme_id").OnDelete(DeleteBehavior.Restrict),
            j => j.HasOne<Speech>().WithMany().HasForeignKey("speech_id").OnDelete(DeleteBehavior.Cascade),
            j =>
            {
                j.HasKey("speech_id", "theme_id");
                j.HasIndex("theme_id");
            });
    }
}
