using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NsfcSeminar.Data.Accounts;

namespace NsfcSeminar.Data.Configuration;

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> entity)
    {
        entity.HasKey(t => t.Key);
        entity.Property(t => t.Key).HasMaxLength(SignInThrottle.KeyMaxLength);
    }
}
