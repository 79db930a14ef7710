using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> entity)
    {
        entity.Property(r => r.RecordType).HasConversion<string>().HasMaxLength(20);
        entity.Property(r => r.Action).HasConversion<string>().HasMaxLength(20);
        entity.Property(r => r.RecordKey).HasMaxLength(300);
        entity.Property(r => r.Summary).HasMaxLength(500);
        entity.Property(r => r.Note).HasMaxLength(300);
        entity.Property(r => r.AuthorId).HasMaxLength(450);
        entity.Property(r => r.AuthorName).HasMaxLength(256);
        // json, not jsonb: kept as written, it is only ever read whole, and the server checks it
        // without building a tree (migration RevisionContentAsJson).
        entity.Property(r => r.Content).HasColumnType("json");

        // One number per record; the history page reads a record's revisions newest first.
        entity.HasIndex(r => new { r.RecordType, r.RecordId, r.Number }).IsUnique();
        entity.HasIndex(r => new { r.RecordType, r.RecordKey });
        entity.ToTable("revisions", t => t.HasCheckConstraint("ck_revisions_number_positive", "number > 0"));
    }
}
