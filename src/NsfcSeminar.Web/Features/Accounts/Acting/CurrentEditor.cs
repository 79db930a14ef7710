using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NsfcSeminar.Data.Revisions;

namespace NsfcSeminar.Web.Features.Accounts.Acting;

/// <summary>
/// Who is saving, for the revisions and their audit lines: the user of the interactive circuit
/// that is handling an event (set by <see cref="EditorCircuitHandler"/>), else the user of the
/// HTTP request; <see cref="EditorIdentity.SignedOut"/> when that user is not signed in (any more),
/// which the data layer refuses; outside any page or request, the account a command acts as
/// (<see cref="ActAs"/>, <c>import --as</c>), else <see cref="EditorIdentity.System"/> (start-up,
/// a command run without an account). The account and the security stamp it signed in with are
/// checked against the database at every save (EditorAccess). The one answer to "who is saving"
/// in the portal and its commands.
/// </summary>
internal sealed class CurrentEditor(IHttpContextAccessor http, IOptions<IdentityOptions> identity) : ICurrentEditor
{
    // Flows with the async work of one circuit event, as ASP.NET Core's documentation does for
    // services used outside the circuit's scope ("Access server-side Blazor services from a
    // different DI scope"); HttpContext is not reliable inside a circuit. Boxed, so that a
    // circuit whose user was signed out is told apart from no circuit at all.
    private static readonly AsyncLocal<StrongBoxedUser?> CircuitUser = new();

    // Set once by a command, before it saves anything; the portal never sets it.
    private EditorIdentity _outsideRequests = EditorIdentity.System;

    public EditorIdentity Current
    {
        get
        {
            var context = http.HttpContext;
            if (CircuitUser.Value is null && context is null)
            {
                return _outsideRequests;
            }

            var user = CircuitUser.Value is { } circuit ? circuit.User : context!.User;
            return Of(user, identity.Value.ClaimsIdentity.SecurityStampClaimType) with { Address = context?.Connection.RemoteIpAddress };
        }
    }

    /// <summary>Work outside any page or request (a command's) is done by <paramref name="account"/>,
    /// an account the command has checked may edit.</summary>
    public void ActAs(EditorIdentity account) => _outsideRequests = account;

    /// <summary>Saves made in the current async flow are made by <paramref name="user"/>.</summary>
    public static void Use(ClaimsPrincipal? user) => CircuitUser.Value = new StrongBoxedUser(user);

    private static EditorIdentity Of(ClaimsPrincipal? user, string stampClaim)
    {
        if (user?.Identity is not { IsAuthenticated: true } signedIn)
        {
            return EditorIdentity.SignedOut;
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return new EditorIdentity(id, signedIn.Name ?? id ?? "?", SecurityStamp: user.FindFirstValue(stampClaim));
    }

    private sealed record StrongBoxedUser(ClaimsPrincipal? User);
}
