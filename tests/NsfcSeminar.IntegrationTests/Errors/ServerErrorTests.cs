using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Errors;

[Collection(DatabaseTestGroup.Name)]
public sealed class ServerErrorTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task An_unexpected_error_shows_a_friendly_page_without_a_stack_trace()
    {
        await using var portal = fixture.Portal.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, FailingEndpoint>()));
        using var client = portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, FailingEndpoint.Path);

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Contains("Something went wrong", page.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingEndpoint.Secret, page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("at NsfcSeminar", page.Text, StringComparison.Ordinal);
        Assert.Contains("/", page.Links);
    }

    /// <summary>Adds, in front of the portal's own pipeline, an address that always throws.</summary>
    private sealed class FailingEndpoint : IStartupFilter
    {
        public const string Path = "/test-only/throws";
        public const string Secret = "internal detail that must not reach a reader";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, Func<Task> nextMiddleware) =>
                context.Request.Path == Path ? throw new InvalidOperationException(Secret) : nextMiddleware());
        };
    }
}
