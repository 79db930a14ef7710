using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Web.Features.Accounts.Acting;

namespace NsfcSeminar.IntegrationTests.Infrastructure;

/// <summary>Acting as a signed-in editor when calling the portal's services directly, as the
/// circuit handler does for an interactive page.</summary>
internal static class Editors
{
    public static void ActAs(TestAccount account) => ActAs(account.Id, account.Email);

    /// <summary>Any id and name: a save is checked against the account in the database, so one
    /// that does not exist (or is not an Editor) is refused.</summary>
    public static void ActAs(string userId, string name, string? securityStamp = null) =>
        CurrentEditor.Use(new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, userId),
                new Claim(ClaimTypes.Name, name),
                .. securityStamp is null ? Array.Empty<Claim>() : [new Claim("AspNet.Identity.SecurityStamp", securityStamp)],
            ],
            authenticationType: "Test")));

    /// <summary>A page whose user is not, or no longer, signed in.</summary>
    public static void ActSignedOut() => CurrentEditor.Use(new ClaimsPrincipal(new ClaimsIdentity()));

    public static T Service<T>(this DatabaseFixture fixture)
        where T : notnull => fixture.Portal.Services.GetRequiredService<T>();
}
