namespace NsfcSeminar.Web.Hosting;

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
