using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Web.Features.Audit;

namespace NsfcSeminar.Web.Features.Accounts;

internal static class AccountEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token, so no link or image on another
    /// site can sign a user out. It returns to the language root the form was posted from.</summary>
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AccountPaths.SignOut, async Task<IResult> (HttpContext context, ClaimsPrincipal user, SignInManager<SeminarUser> signIn, AuditLog audit) =>
            {
                // The antiforgery middleware only records its verdict; an endpoint that binds no
                // form field must read it itself. The answer has a body, so the status-code pages do
                // not re-execute the POST (which would meet the same invalid token again).
                if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
                {
                    return TypedResults.Text("The form has expired. Reload the page and sign out again.", statusCode: StatusCodes.Status400BadRequest);
                }

                if (user.Identity?.IsAuthenticated == true)
                {
                    await audit.RecordAsync(AuditActions.SignedOut, AuditActions.TargetType, user.Identity.Name);
                    await signIn.SignOutAsync();
                }

                return TypedResults.LocalRedirect("~/");
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        return endpoints;
    }
}
