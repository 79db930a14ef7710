namespace NsfcSeminar.Web.Hosting;

/// <summary>
/// How the portal is reached from outside, bound from the <c>Seminar</c> section
/// (<c>Seminar:PublicAddress</c>, <c>Seminar:Proxies:…</c>, <c>Seminar:RateLimits:…</c>) and
/// checked at start-up by <see cref="HostingOptionsValidation"/> (ADR-014).
/// </summary>
public sealed class HostingOptions
{
    public const string Section = "Seminar";

    /// <summary>The address readers use, such as <c>https://seminar.example.org/</c>: every
    /// absolute link the portal writes starts with it, and only its host is served.</summary>
    public string? PublicAddress { get; set; }

    public ProxyOptions Proxies { get; set; } = new();

    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>The validated public address, always ending in a slash.</summary>
    public Uri PublicRoot => PublicAddressRule.RootOf(PublicAddress!);

    public bool IsHttps => PublicRoot.Scheme == Uri.UriSchemeHttps;
}

/// <summary>The reverse proxies whose X-Forwarded-For, -Proto, -Host and -Prefix headers are
/// believed, besides loopback (which ASP.NET Core trusts by default).</summary>
public sealed class ProxyOptions
{
    /// <summary>Proxy addresses, such as <c>10.0.0.5</c>.</summary>
    public IList<string> KnownProxies { get; init; } = [];

    /// <summary>Proxy networks in CIDR notation, such as <c>10.0.0.0/8</c>.</summary>
    public IList<string> KnownNetworks { get; init; } = [];

    /// <summary>Hosts a trusted proxy may name in X-Forwarded-Host, besides the public host.</summary>
    public IList<string> AllowedHosts { get; init; } = [];
}

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

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/> (0 turns
/// the limit off), and at most <see cref="Concurrent"/> at once where that applies (0: no bound).</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; } = 60;

    public int Concurrent { get; set; }
}
