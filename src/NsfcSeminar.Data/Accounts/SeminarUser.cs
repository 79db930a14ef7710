using Microsoft.AspNetCore.Identity;

namespace NsfcSeminar.Data.Accounts;

/// <summary>A person who signs in: an Admin, Editor or Staff member, or a Reader who saves searches
/// (reading itself needs no account).</summary>
public sealed class SeminarUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
