using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> entity)
    {
        entity.HasBilingual(p => p.Position, 300);
        entity.HasBilingual(p => p.Note, 500);
        entity.ToTable(t => t.HasCheckConstraint("ck_participations_group_size", "group_size IS NULL OR (group_size > 0 AND group_id IS NOT NULL)"));
        entity.HasOne(p => p.Meeting).WithMany(m => m.Participations).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne(p => p.Person).WithMany().OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(p => p.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(p => p.Group).WithMany().OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(p => new { p.MeetingId, p.SortOrder });

        // The same participant appears once per role; PostgreSQL 15 can treat the NULLs of the
        // unused participant columns as equal for that.
        entity.HasIndex(p => new { p.MeetingId, p.Role, p.PersonId, p.OrganisationId, p.GroupId })
            .IsUnique()
            .AreNullsDistinct(false)
            .HasDatabaseName("ux_participations_participant_role");
        entity.ToTable(t => t.HasCheckConstraint(
            "ck_participations_one_participant",
            "num_nonnulls(person_id, group_id) <= 1 AND num_nonnulls(person_id, organisation_id, group_id) >= 1"));
    }
}
