using System.Net;
using NsfcSeminar.Data.Accounts;

namespace NsfcSeminar.Web.Features.Accounts;

/// <summary>The keys <see cref="SignInThrottling"/> counts failures under: a name as typed, or a
/// client address (a whole /64 for IPv6).</summary>
internal static class ThrottleKeys
{
    /// <summary>The keys one attempt is counted under: the name as typed (unless the browser is
    /// one the account signed in from before) and the client address.</summary>
    public static List<string> Of(string name, IPAddress? address, bool knownBrowser)
    {
        var keys = new List<string>(2);
        if (!knownBrowser)
        {
            keys.Add(ForName(name));
        }

        if (address is not null)
        {
            keys.Add(ForAddress(address));
        }

        return keys;
    }

    public static string ForName(string name)
    {
        var key = "account:" + name.Trim().ToUpperInvariant();
        return key.Length <= SignInThrottle.KeyMaxLength ? key : key[..SignInThrottle.KeyMaxLength];
    }

    public static string ForAddress(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return "address:" + address.MapToIPv4();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return "address:" + address;
        }

        // One IPv6 client holds a whole /64 and can change addresses within it at will.
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"address:{new IPAddress(bytes)}/64";
    }
}
