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
    }
}
