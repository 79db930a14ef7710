namespace NsfcSeminar.Web.Hosting.Observability;

/// <summary>
/// A <c>Server-Timing</c> header on the operator's requests (<see cref="OperatorAccess"/>, as
/// <c>/metrics</c>): each search stage the request ran, with its duration. Readers at large are
/// not told how the portal spends its time.
/// </summary>
internal static class ServerTimingExtensions
{
    public const string Header = "Server-Timing";

    public static WebApplication UseOperatorServerTiming(this WebApplication app)
    {
        var access = app.Services.GetRequiredService<OperatorAccess>();
        // Async, so that the timings begun here end with this request and never flow back into
        // the connection's next one.
        app.Use(async (context, next) =>
        {
            if (access.Allows(context))
            {
                var timings = StageTimings.Begin();
                context.Response.OnStarting(() =>
                {
                    if (timings.Header() is { } value)
                    {
                        context.Response.Headers[Header] = value;
                    }

                    return Task.CompletedTask;
                });
            }

            await next(context);
        });
        return app;
    }
}
