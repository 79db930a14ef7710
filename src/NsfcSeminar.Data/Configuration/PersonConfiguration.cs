using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> entity)
    {
        entity.ToTable("people");
        entity.HasSlug();
        entity.HasBilingual(p => p.Name, 200);
        entity.HasBilingual(p => p.Honorific, 100);
        entity.Property(p => p.Version).IsRowVersion();
    }
}
