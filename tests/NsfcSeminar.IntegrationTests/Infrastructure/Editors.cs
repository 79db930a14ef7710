using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Web.Features.History;

namespace NsfcSeminar.IntegrationTests.Infrastructure;

/// <summary>Acting as a signed-in editor when calling the portal's services directly, as the
/// circuit handler does for an interactive page.</summary>
internal static class Editors
{
    public static void ActAs(string userId, string name) =>
        CurrentEditor.Use(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, name)], authenticationType: "Test")));

    public static T Service<T>(this DatabaseFixture fixture)
        where T : notnull => fixture.Portal.Services.GetRequiredService<T>();
}
