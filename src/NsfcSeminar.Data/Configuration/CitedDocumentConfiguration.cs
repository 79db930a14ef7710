using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Configuration;

internal sealed class CitedDocumentConfiguration : IEntityTypeConfiguration<CitedDocument>
{
    public void Configure(EntityTypeBuilder<CitedDocument> entity)
    {
        entity.HasSlug();
        entity.HasBilingual(d => d.Title, 500);
    }
}
