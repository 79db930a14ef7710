using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Primitives;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>The OAI-PMH 2.0 endpoint at <c>/oai</c>, outside the language prefixes: harvesters
/// send GET with a query string or POST with a form (section 3.1.1.2).</summary>
internal static class HarvestingEndpoints
{
    /// <summary><c>Seminar:Oai:AdminEmail</c> is the address harvesters write to about the
    /// repository; Identify must name one.</summary>
    public static IServiceCollection AddHarvesting(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new OaiSettings(configuration.GetValue("Seminar:Oai:AdminEmail", OaiSettings.DefaultAdminEmail)!));
        return services.AddSingleton<OaiRecordQuery>().AddSingleton<OaiRepository>();
    }

    public static IEndpointRouteBuilder MapHarvesting(this IEndpointRouteBuilder endpoints)
    {
        // The form is read by hand, not bound, so no antiforgery token is expected: harvesters
        // are machines posting public queries, not people submitting changes.
        endpoints.MapMethods("/oai", [HttpMethods.Get, HttpMethods.Post], AnswerAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task AnswerAsync(HttpContext context, OaiRepository repository, TimeProvider clock)
    {
        var http = context.Request;
        IEnumerable<KeyValuePair<string, StringValues>> arguments = http.Query;
        if (HttpMethods.IsPost(http.Method))
        {
            arguments = http.HasFormContentType ? await http.ReadFormAsync(context.RequestAborted) : [];
        }

        var baseUrl = $"{http.Scheme}://{http.Host}{http.PathBase}/oai";
        var portalRoot = $"{http.Scheme}://{http.Host}{http.PathBase}";
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

        context.Response.ContentType = "text/xml; charset=utf-8";
        await OaiResponseWriter.WriteAsync(context.Response.Body, baseUrl, request, reply, clock.GetUtcNow());
    }
}
