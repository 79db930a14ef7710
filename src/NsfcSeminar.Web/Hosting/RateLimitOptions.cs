namespace NsfcSeminar.Web.Hosting;

/// <summary>The limits on anonymous clients, per client address (signed-in staff have none).</summary>
public sealed class RateLimitOptions
{
    /// <summary><c>/search/export.csv</c> and <c>.json</c>: whole-archive downloads.</summary>
    public RateLimit Exports { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60, Concurrent = 2 };

    /// <summary>Everything under <c>/api</c>.</summary>
    public RateLimit Api { get; set; } = new() { PermitLimit = 300, WindowSeconds = 60 };

    /// <summary>Sign-in form posts, on top of the per-account throttling of the sign-in itself.</summary>
    public RateLimit SignIn { get; set; } = new() { PermitLimit = 30, WindowSeconds = 300 };
}
