using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace NsfcSeminar.Web.Hosting;

/// <summary>
/// The portal as the outside world reaches it (ADR-014): the configured public address is the
/// only host served and the root of every absolute link; forwarded headers are believed only
/// from configured proxies; cookies are Secure and HSTS is sent when the address is https.
/// </summary>
internal static class PublicAddressServiceExtensions
{
    public static WebApplicationBuilder AddPublicAddress(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<HostingOptions>().BindConfiguration(HostingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HostingOptions>, HostingOptionsValidation>();

        // The Host header names the public host, or the request is refused (400): a forged Host
        // can then never reach a link. "AllowedHosts" in configuration adds names (such as
        // "localhost" for a probe inside a container).
        var extraHosts = builder.Configuration["AllowedHosts"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        services.AddOptions<HostFilteringOptions>().Configure<IOptions<HostingOptions>>((filtering, hosting) =>
            filtering.AllowedHosts = [hosting.Value.PublicRoot.Host, .. extraHosts]);

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HostingOptions>>((forwarded, hosting) =>
        {
            var proxies = hosting.Value.Proxies;
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix;

            // Every hop is checked against the known proxies; the first unknown one stops the walk.
            forwarded.ForwardLimit = null;
            foreach (var proxy in proxies.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            forwarded.AllowedHosts = [hosting.Value.PublicRoot.Host, .. proxies.AllowedHosts];
        });

        services.AddSingleton<IConfigureOptions<CookieAuthenticationOptions>, SecureCookies>();
        services.AddSingleton<IConfigureOptions<AntiforgeryOptions>, SecureCookies>();
        services.AddSingleton<IConfigureOptions<CookiePolicyOptions>, SecureCookies>();
        return builder;
    }

    /// <summary>First in the pipeline: the client's address and scheme are known before anything
    /// reads them (the rate limits partition by that address).</summary>
    public static WebApplication UsePublicAddress(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseCookiePolicy();

        // On every response, not only those that reached the portal over https: behind a proxy
        // that terminates TLS the request itself is plain http, and a browser ignores the header
        // on a plain http answer anyway (RFC 6797, section 8.1). Written as the response starts,
        // so that the exception handler, which clears a failed response's headers, keeps it.
        if (app.Services.GetRequiredService<IOptions<HostingOptions>>().Value.IsHttps)
        {
            app.Use((context, next) =>
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.StrictTransportSecurity = "max-age=31536000";
                    return Task.CompletedTask;
                });
                return next(context);
            });
        }

        return app;
    }
}
