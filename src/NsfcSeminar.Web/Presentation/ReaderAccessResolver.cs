using System.Security.Claims;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.Web.Presentation;

internal static class ReaderAccessResolver
{
    public static ReaderAccess For(ClaimsPrincipal? user) =>
        user is not null && SeminarRoles.ReadStaffOnly.Any(user.IsInRole) ? ReaderAccess.Staff : ReaderAccess.Anonymous;
}
