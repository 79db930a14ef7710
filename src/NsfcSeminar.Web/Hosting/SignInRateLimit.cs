using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.RateLimiting;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.Web.Hosting;

internal static class SignInRateLimit
{
    /// <summary>Puts the sign-in page's endpoint (whose POST is the sign-in form) under the
    /// <see cref="PortalRateLimits.SignIn"/> policy, which counts only posts.</summary>
    public static RazorComponentsEndpointConventionBuilder LimitSignInPosts(this RazorComponentsEndpointConventionBuilder components)
    {
        components.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<ComponentTypeMetadata>().Any(m => m.Type == typeof(SignInPage)))
            {
                endpoint.Metadata.Add(new EnableRateLimitingAttribute(PortalRateLimits.SignIn));
            }
        });
        return components;
    }
}
