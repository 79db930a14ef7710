namespace NsfcSeminar.Web.Hosting.Cluster;

/// <summary>
/// The one place that decides whether the current request reads from the replica (ADR-018):
/// only an anonymous GET or HEAD of a reading address, while the replica is up, within the lag
/// bound and past the browser's own last write. Everything else (editing, accounts, signed-in
/// people, background work and Blazor circuits, which have no request) uses the primary. Decided
/// once per request, so that one page never mixes what the two servers hold.
/// </summary>
internal sealed class ReadRouting(IHttpContextAccessor http, ReplicaMonitor monitor)
{
    private static readonly object Key = new();

    /// <summary>Addresses that write, or whose reader must see the latest record.</summary>
    private static readonly string[] PrimaryPaths = ["/edit", "/admin", "/account", "/_blazor"];

    public bool UsesReplica()
    {
        if (http.HttpContext is not { } context)
        {
            return false;
        }

        if (context.Items.TryGetValue(Key, out var decided))
        {
            return (bool)decided!;
        }

        var replica = Decide(context, monitor.Current);
        context.Items[Key] = replica;
        return replica;
    }

    private bool Decide(HttpContext context, ReplicaStatus status)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return false;
        }

        if (!status.PrimaryUp)
        {
            // Only reading goes on; editing answers with the read-only notice instead.
            return status.ReplicaUp;
        }

        var path = context.Request.Path;
        if (PrimaryPaths.Any(p => path.StartsWithSegments(p)) || context.User.Identity?.IsAuthenticated == true)
        {
            return false;
        }

        return status.Serves(WrittenLsnCookie.Read(context.Request), monitor.MaxLag);
    }

    public static bool IsEditing(PathString path) => path.StartsWithSegments("/edit") || path.StartsWithSegments("/admin");
}
