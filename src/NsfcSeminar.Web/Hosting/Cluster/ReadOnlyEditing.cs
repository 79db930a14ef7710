namespace NsfcSeminar.Web.Hosting.Cluster;

/// <summary>
/// While the primary cannot be reached, an editing or administration address shows the read-only
/// notice (<see cref="ReadOnlyPage"/>, 503) instead of a form that could not be saved. Runs after
/// the language prefix has left the path and before routing chooses the page.
/// </summary>
internal sealed class ReadOnlyEditing(RequestDelegate next, ReplicaMonitor monitor)
{
    public const string NoticePath = "/read-only";

    public Task InvokeAsync(HttpContext context)
    {
        if (!monitor.Current.PrimaryUp && monitor.Current.ReplicaUp && ReadRouting.IsEditing(context.Request.Path))
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = NoticePath;
        }

        return next(context);
    }
}
