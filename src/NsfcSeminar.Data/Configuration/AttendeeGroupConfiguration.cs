using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class AttendeeGroupConfiguration : IEntityTypeConfiguration<AttendeeGroup>
{
    public void Configure(EntityTypeBuilder<AttendeeGroup> entity)
    {
        entity.HasSlug();
        entity.HasBilingual(g => g.Name, 300);
        entity.HasMany(g => g.Organisations).WithMany().UsingEntity<Dictionary<string, object>>(
            "attendee_group_organisations",
            j => j.HasOne<Organisation>().WithMany().HasForeignKey("organisation_id").OnDelete(DeleteBehavior.Restrict),
            j => j.HasOne<AttendeeGroup>().WithMany().HasForeignKey("group_id").OnDelete(DeleteBehavior.Cascade),
            j => j.HasKey("group_id", "organisation_id"));
    }
}
