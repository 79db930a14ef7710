using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class EditDraftConfiguration : IEntityTypeConfiguration<EditDraft>
{
    public void Configure(EntityTypeBuilder<EditDraft> entity)
    {
        entity.Property(d => d.Editor).HasMaxLength(256);
        entity.Property(d => d.RecordKey).HasMaxLength(100);

        // One draft per editor and record: autosave overwrites it in place.
        entity.HasIndex(d => new { d.Editor, d.RecordKey }).IsUnique();
    }
}
