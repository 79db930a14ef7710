using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NsfcSeminar.Data.Configuration;

/// <summary>
/// The ASP.NET Core data protection key ring (ADR-011): one row per key, written by whichever
/// instance of the portal creates it and read by all of them, so that a cookie or antiforgery
/// token issued by one instance (or before a restart) is accepted by every other.
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> entity)
    {
        // The framework writes "key-{guid}" names and an XML document of a few hundred
        // characters; both stay unbounded text, as the framework's own model leaves them.
        entity.ToTable("data_protection_keys");
    }
}
