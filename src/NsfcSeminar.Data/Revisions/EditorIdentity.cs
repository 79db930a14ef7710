using System.Net;

namespace NsfcSeminar.Data.Revisions;

/// <summary>Who is saving: a signed-in account (with the security stamp its sign-in carried, and
/// the address it came from, for the audit log), or <see cref="System"/> for the portal's own
/// work (the sample archive at start-up, a command run without an account). Every save by a person
/// is checked against the account as it is in the database at that moment (<see cref="EditorAccess"/>).</summary>
public sealed record EditorIdentity(string? UserId, string Name, IPAddress? Address = null, string? SecurityStamp = null)
{
    public static EditorIdentity System { get; } = new(null, "system") { IsSystem = true };

    /// <summary>A page or request whose reader is not (or no longer) signed in: it may not save.</summary>
    public static EditorIdentity SignedOut { get; } = new(null, "signed out");

    public bool IsSystem { get; private init; }
}

/// <summary>Answers who is saving right now, wherever the save happens (an HTTP request, an
/// interactive circuit, a command). Implemented once, by the portal (Features/Accounts/Acting),
/// for itself and its commands; where none is registered (tools, tests of the data layer) every
/// save is <see cref="EditorIdentity.System"/>'s.</summary>
public interface ICurrentEditor
{
    EditorIdentity Current { get; }
}
