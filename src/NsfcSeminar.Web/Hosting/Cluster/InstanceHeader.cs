using System.Globalization;
using Microsoft.Extensions.Options;

namespace NsfcSeminar.Web.Hosting.Cluster;

/// <summary>
/// Names the instance that served a response in <c>X-Instance</c>, so that an operator (and a
/// test) can see how the load balancer spreads requests: <c>Seminar:InstanceName</c>, else the
/// machine's name and the port the request arrived on. Added as the answer starts, so that the
/// error pages, which clear the headers, carry it too.
/// </summary>
internal sealed class InstanceHeader(RequestDelegate next, IOptions<InstanceOptions> options)
{
    public const string Name = "X-Instance";

    private readonly string? _configured = options.Value.InstanceName;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Name] = _configured
                ?? string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{context.Connection.LocalPort}");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
