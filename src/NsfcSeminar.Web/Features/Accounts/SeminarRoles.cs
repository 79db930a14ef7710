namespace NsfcSeminar.Web.Features.Accounts;

/// <summary>The portal's roles. Admins manage accounts, Editors write records, Staff read
/// staff-only records, Readers save searches; anonymous readers see published public records only.</summary>
public static class SeminarRoles
{
    public const string Admin = "Admin";

    public const string Editor = "Editor";

    public const string Staff = "Staff";

    /// <summary>A reader with an account: saves searches and receives their alerts; may register.</summary>
    public const string Reader = "Reader";

    /// <summary>Roles whose members may read staff-only records.</summary>
    public static IReadOnlyList<string> ReadStaffOnly { get; } = [Staff, Editor, Admin];

    /// <summary>Every role, as the database seeds them.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Editor, Staff, Reader];
}
