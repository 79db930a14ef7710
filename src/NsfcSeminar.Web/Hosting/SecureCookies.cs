using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace NsfcSeminar.Web.Hosting;

/// <summary>
/// Every cookie the portal sets (the Identity cookies of every scheme, the antiforgery cookie,
/// and through the cookie policy the language cookie) is Secure when the public address is https,
/// whatever scheme the request reached the portal with. Over plain http (a development machine)
/// a Secure cookie would never come back, so there it follows the request.
/// </summary>
internal sealed class SecureCookies(IOptions<HostingOptions> hosting) :
    IConfigureNamedOptions<CookieAuthenticationOptions>, IConfigureOptions<AntiforgeryOptions>, IConfigureOptions<CookiePolicyOptions>
{
    private CookieSecurePolicy Policy => hosting.Value.IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public void Configure(string? name, CookieAuthenticationOptions options) => options.Cookie.SecurePolicy = Policy;

    public void Configure(CookieAuthenticationOptions options) => Configure(Options.DefaultName, options);

    public void Configure(AntiforgeryOptions options) => options.Cookie.SecurePolicy = Policy;

    public void Configure(CookiePolicyOptions options) => options.Secure = Policy;
}
