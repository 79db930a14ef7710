using Microsoft.AspNetCore.Identity;

namespace NsfcSeminar.Data.Accounts;

/// <summary>A person who signs in: an Admin, Editor or Staff member, or a Reader who saves searches
/// (reading itself needs no account).</summary>
public sealed class SeminarUser : IdentityUser
{
    /// <summary>Stamped when the account is first saved.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
