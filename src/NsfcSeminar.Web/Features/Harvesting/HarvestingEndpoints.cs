using Microsoft.Extensions.Primitives;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>The OAI-PMH 2.0 endpoint at <c>/oai</c>, outside the language prefixes: harvesters
/// send GET with a query string or POST with a form (section 3.1.1.2).</summary>
internal static class HarvestingEndpoints
{
    /// <summary>The repository, with what it says about itself (<see cref="OaiOptions"/>).</summary>
    public static IServiceCollection AddHarvesting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OaiOptions>().Bind(configuration.GetSection(OaiOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSingleton<OaiRecordQuery>().AddSingleton<OaiRepository>();
    }

    public static IEndpointRouteBuilder MapHarvesting(this IEndpointRouteBuilder endpoints)
    {
        // The form is read by hand, not bound, so no antiforgery token is expected: harvesters
        // are machines posting public queries, not people submitting changes.
        endpoints.MapMethods("/oai", [HttpMethods.Get, HttpMethods.Post], AnswerAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task AnswerAsync(HttpContext context, OaiRepository repository)
    {
        var http = context.Request;
        IEnumerable<KeyValuePair<string, StringValues>> arguments = http.Query;
        if (HttpMethods.IsPost(http.Method))
        {
            arguments = http.HasFormContentType ? await http.ReadFormAsync(context.RequestAborted) : [];
        }

        var portalRoot = PortalAddress.Root(http).AbsoluteUri.TrimEnd('/');
        OaiRequest? request = null;
        OaiReply reply;
        try
        {
            request = OaiRequest.Parse(arguments);
            reply = await repository.AnswerAsync(request, portalRoot, context.RequestAborted);
        }
        catch (OaiProtocolException e)
        {
            reply = new ErrorReply(e.Error);
        }

        await WriteAsync(context, request, reply);
    }

    /// <summary>An OAI-PMH error response, for a request refused before it reached the endpoint.</summary>
    public static IResult Error(OaiError error) => new OaiErrorResult(error);

    private static Task WriteAsync(HttpContext context, OaiRequest? request, OaiReply reply)
    {
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        var baseUrl = new Uri(PortalAddress.Root(context.Request), "oai").AbsoluteUri;
        context.Response.ContentType = "text/xml; charset=utf-8";
        return OaiResponseWriter.WriteAsync(context.Response.Body, baseUrl, request, reply, clock.GetUtcNow());
    }

    private sealed class OaiErrorResult(OaiError error) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            // Protocol errors travel in a 200 response; the code inside says what went wrong.
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            return WriteAsync(httpContext, null, new ErrorReply(error));
        }
    }
}
