using System.Security.Claims;
using NsfcSeminar.Data.Reading;

namespace NsfcSeminar.Web.Reading;

internal static class ReaderAccessResolver
{
    /// <summary>Roles whose members read staff-only records.</summary>
    private static readonly string[] StaffRoles = ["Staff", "Editor", "Admin"];

    public static ReaderAccess For(ClaimsPrincipal? user) =>
        user is not null && StaffRoles.Any(user.IsInRole) ? ReaderAccess.Staff : ReaderAccess.Anonymous;
}
