using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace NsfcSeminar.Web.Features.Accounts.Acting;

/// <summary>Makes the circuit's signed-in user the <see cref="CurrentEditor"/> while the circuit
/// handles an event, so the revisions of an interactive save name who made it.</summary>
internal sealed class EditorCircuitHandler(AuthenticationStateProvider authentication) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var state = await authentication.GetAuthenticationStateAsync();
            CurrentEditor.Use(state.User);
            await next(context);
        };
}
