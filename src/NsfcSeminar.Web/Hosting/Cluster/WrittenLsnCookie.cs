using Microsoft.Extensions.Options;
using NpgsqlTypes;

namespace NsfcSeminar.Web.Hosting.Cluster;

/// <summary>
/// Read-your-writes for a browser that wrote over plain HTTP (a form post, a sign-out): the answer
/// carries the primary's WAL position after the write, and until the replica has replayed that
/// far, <see cref="ReadRouting"/> serves that browser from the primary. Any instance can check it:
/// the cookie, not the instance, remembers the write.
/// </summary>
internal sealed class WrittenLsnCookie(ReplicaConnections connections, IOptions<ReplicaOptions> options)
{
    public const string Name = "seminar-written";

    public static NpgsqlLogSequenceNumber? Read(HttpRequest request) =>
        request.Cookies.TryGetValue(Name, out var value) && NpgsqlLogSequenceNumber.TryParse(value, out var lsn) ? lsn : null;

    /// <summary>Set on every answer to a request that may have written: the position is read
    /// when the answer starts, after the request's transaction committed.</summary>
    public void WriteAfter(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || context.Request.Path.StartsWithSegments("/_blazor"))
        {
            return;
        }

        context.Response.OnStarting(async () =>
        {
            if (context.Response.StatusCode >= 500)
            {
                return;
            }

            try
            {
                await using var command = connections.Primary.CreateCommand("SELECT pg_current_wal_lsn()");
                if (await command.ExecuteScalarAsync(context.RequestAborted) is NpgsqlLogSequenceNumber lsn)
                {
                    context.Response.Cookies.Append(Name, lsn.ToString(), new CookieOptions
                    {
                        HttpOnly = true,
                        IsEssential = true,
                        SameSite = SameSiteMode.Lax,
                        MaxAge = TimeSpan.FromSeconds(options.Value.WrittenCookieSeconds),
                    });
                }
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
            {
                // The primary is gone; so is anything it might have written.
            }
        });
    }
}
