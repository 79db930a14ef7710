namespace NsfcSeminar.Web.Features.Accounts.Administration;

public sealed record AccountRow(string Id, string Email, IReadOnlyList<string> Roles, bool LockedOut);
