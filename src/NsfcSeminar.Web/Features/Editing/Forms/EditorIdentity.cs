using Microsoft.AspNetCore.Components.Authorization;

namespace NsfcSeminar.Web.Features.Editing.Forms;

internal static class EditorIdentity
{
    /// <summary>The signed-in editor's name, which their drafts are filed under.</summary>
    public static async Task<string> NameAsync(AuthenticationStateProvider provider)
    {
        var state = await provider.GetAuthenticationStateAsync();
        return state.User.Identity?.Name ?? throw new InvalidOperationException("The workspace is for signed-in editors only.");
    }
}
