using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class SpeechTextConfiguration : IEntityTypeConfiguration<SpeechText>
{
    public void Configure(EntityTypeBuilder<SpeechText> entity)
    {
        entity.HasKey(t => new { t.SpeechId, t.Language });
        entity.Property(t => t.Title).HasMaxLength(500);
        entity.Property(t => t.TranslatedBy).HasMaxLength(200);
    }
}
