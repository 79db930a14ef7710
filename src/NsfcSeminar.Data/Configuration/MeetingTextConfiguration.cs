using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class MeetingTextConfiguration : IEntityTypeConfiguration<MeetingText>
{
    public void Configure(EntityTypeBuilder<MeetingText> entity)
    {
        // At most one version per language.
        entity.HasKey(t => new { t.MeetingId, t.Language });
        entity.Property(t => t.Title).HasMaxLength(500);
        entity.Property(t => t.TranslatedBy).HasMaxLength(200);
    }
}
