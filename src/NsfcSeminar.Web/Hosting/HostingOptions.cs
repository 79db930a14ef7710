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
