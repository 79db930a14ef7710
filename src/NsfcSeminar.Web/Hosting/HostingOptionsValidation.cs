using System.Net;
using Microsoft.Extensions.Options;

namespace NsfcSeminar.Web.Hosting;

/// <summary>Refuses to start with a public address or proxy list that would produce wrong links
/// or trust the wrong peers, naming the setting to fix.</summary>
internal sealed class HostingOptionsValidation : IValidateOptions<HostingOptions>
{
    public ValidateOptionsResult Validate(string? name, HostingOptions options)
    {
        var failures = new List<string>();
        if (PublicAddressRule.Problem(options.PublicAddress) is { } problem)
        {
            failures.Add(problem);
        }

        failures.AddRange(options.Proxies.KnownProxies
            .Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => $"Seminar:Proxies:KnownProxies holds '{p}', which is not an IP address."));
        failures.AddRange(options.Proxies.KnownNetworks
            .Where(n => !IPNetwork.TryParse(n, out _))
            .Select(n => $"Seminar:Proxies:KnownNetworks holds '{n}', which is not a network in CIDR notation (10.0.0.0/8)."));
        foreach (var (policy, limit) in new[] { ("Exports", options.RateLimits.Exports), ("Api", options.RateLimits.Api), ("SignIn", options.RateLimits.SignIn) })
        {
            if (limit.PermitLimit < 0 || limit.WindowSeconds <= 0 || limit.Concurrent < 0)
            {
                failures.Add($"Seminar:RateLimits:{policy} needs PermitLimit and Concurrent of 0 or more (0 turns them off) and WindowSeconds above 0.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
