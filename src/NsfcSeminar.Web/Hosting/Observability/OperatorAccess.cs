using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace NsfcSeminar.Web.Hosting.Observability;

/// <summary>Decides whether a request comes from the operator (<see cref="MetricsOptions"/>). The
/// client address is the one the forwarded-headers rule settled on, so a reader coming through the
/// load balancer is judged by their own address, not the balancer's.</summary>
internal sealed class OperatorAccess(IOptions<MetricsOptions> options)
{
    private readonly IPNetwork[] _networks = options.Value.AllowedNetworks.Select(n => IPNetwork.Parse(n)).ToArray();

    public bool Allows(HttpContext context)
    {
        if (options.Value.BearerToken is { Length: > 0 } token
            && context.Request.Headers.Authorization.ToString() is var header
            && header.StartsWith("Bearer ", StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[7..]), Encoding.UTF8.GetBytes(token)))
        {
            return true;
        }

        return context.Connection.RemoteIpAddress is { } address
            && (IPAddress.IsLoopback(address) || _networks.Any(n => n.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)));
    }
}
