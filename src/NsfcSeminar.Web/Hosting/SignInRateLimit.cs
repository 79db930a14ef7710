using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.RateLimiting;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.Web.Hosting;

internal static class SignInRateLimit
{
    /// <summary>Puts the sign-in and registration pages' endpoints (whose POSTs are their forms) under the
    /// <see cref="PortalRateLimits.SignIn"/> policy, which counts only posts.</summary>
    public static RazorComponentsEndpointConventionBuilder LimitSignInPosts(this RazorComponentsEndpointConventionBuilder components)
    {
        components.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<ComponentTypeMetadata>().Any(m => m.Type == typeof(SignInPage) || m.Type == typeof(RegisterPage)))
            {
                endpoint.Metadata.Add(new EnableRateLimitingAttribute(PortalRateLimits.SignIn));
            }
        });
        return components;
    }
}
