using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace NsfcSeminar.Web.Features.Accounts.Acting;

/// <summary>The person using a page or an endpoint, for what is not a save (saves ask
/// <see cref="CurrentEditor"/>): the name an editor's drafts are filed under, the account an
/// audit line names.</summary>
internal static class SignedInUser
{
    /// <summary>The user of the page, static or interactive, else of the request: minimal-API
    /// endpoints have no authentication state. Null outside any page or request.</summary>
    public static async Task<ClaimsPrincipal?> OfAsync(AuthenticationStateProvider authentication, IHttpContextAccessor http)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(http);
        try
        {
            return (await authentication.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            return http.HttpContext?.User;
        }
    }

    /// <summary>The signed-in editor's name, which their drafts are filed under.</summary>
    public static async Task<string> NameAsync(AuthenticationStateProvider authentication)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.Identity?.Name ?? throw new InvalidOperationException("The workspace is for signed-in editors only.");
    }
}
