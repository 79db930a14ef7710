using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Accounts;

namespace NsfcSeminar.Data.Configuration;

/// <summary>Identity's tables under short snake_case names, and the portal's four roles.</summary>
internal static class AccountConfiguration
{
    /// <summary>The names of <c>NsfcSeminar.Web.Features.Accounts.SeminarRoles</c>; an integration test
    /// checks that the two agree. Seeded here, with fixed ids, so that every database has them
    /// from its first migration on and no start-up code can race to create them.</summary>
    private static readonly (string Id, string Name)[] Roles =
    [
        ("9b0b7c7e-4d0a-4f3e-9a51-3f4d1f7c0a01", "Admin"),
        ("9b0b7c7e-4d0a-4f3e-9a51-3f4d1f7c0a02", "Editor"),
        ("9b0b7c7e-4d0a-4f3e-9a51-3f4d1f7c0a03", "Staff"),
        ("9b0b7c7e-4d0a-4f3e-9a51-3f4d1f7c0a04", "Reader"),
    ];

    public static void ConfigureAccounts(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SeminarUser>().ToTable("users");
        modelBuilder.Entity<IdentityRole>().ToTable("roles");
        modelBuilder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        modelBuilder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        modelBuilder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        modelBuilder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        modelBuilder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");

        modelBuilder.Entity<IdentityRole>().HasData(Roles.Select(role => new IdentityRole
        {
            Id = role.Id,
            Name = role.Name,
            NormalizedName = role.Name.ToUpperInvariant(),
            ConcurrencyStamp = role.Id,
        }));
    }
}
