using System.Security.Claims;
using NsfcSeminar.Data.Revisions;

namespace NsfcSeminar.Web.Features.History;

/// <summary>
/// Who is saving, for the revisions: the user of the interactive circuit that is handling an
/// event (set by <see cref="EditorCircuitHandler"/>), else the user of the HTTP request, else
/// "system" (commands, the importer, start-up).
/// </summary>
internal sealed class CurrentEditor(IHttpContextAccessor http) : ICurrentEditor
{
    // Flows with the async work of one circuit event, as ASP.NET Core's documentation does for
    // services used outside the circuit's scope ("Access server-side Blazor services from a
    // different DI scope"); HttpContext is not reliable inside a circuit.
    private static readonly AsyncLocal<ClaimsPrincipal?> CircuitUser = new();

    public EditorIdentity Current => Of(CircuitUser.Value ?? http.HttpContext?.User) with
    {
        Address = http.HttpContext?.Connection.RemoteIpAddress,
    };

    /// <summary>Saves made in the current async flow are made by <paramref name="user"/>.</summary>
    public static void Use(ClaimsPrincipal? user) => CircuitUser.Value = user;

    public static EditorIdentity Of(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true } identity)
        {
            return EditorIdentity.System;
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return new EditorIdentity(id, identity.Name ?? id ?? "?");
    }
}
