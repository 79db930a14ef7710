using System.Security.Cryptography;

namespace NsfcSeminar.Web.Hosting;

/// <summary>
/// The headers every response carries, whatever produced it: a page, an error page, a static
/// file, an API answer or the health check (ADR-011). They are written when the response starts,
/// so that the exception handler, which clears the headers of a failed response, cannot drop them.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private static readonly object NonceKey = new();

    public Task InvokeAsync(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;

        // Written now as well, so that the page cache keeps the policy with the page (ADR-019).
        Write(context.Response.Headers, nonce);
        context.Response.OnStarting(() =>
        {
            Write(context.Response.Headers, nonce);
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The nonce of this response's policy, for the one inline script the portal
    /// writes: the import map (see App.razor). Null outside a request that went through here.</summary>
    public static string? NonceOf(HttpContext? context) =>
        context?.Items.TryGetValue(NonceKey, out var nonce) == true ? nonce as string : null;

    private static void Write(IHeaderDictionary headers, string nonce)
    {
        // An archived copy is served under a sandbox of its own (Features/Sources), stricter
        // than the portal's policy: that one is kept. So is the portal's own policy on a page
        // served from the page cache, whose body carries the nonce it was rendered with (ADR-019).
        // Any other policy is replaced.
        if (!headers.ContentSecurityPolicy.ToString().StartsWith("sandbox", StringComparison.Ordinal))
        {
            headers.ContentSecurityPolicy = headers.ContentSecurityPolicy.FirstOrDefault(policy => policy is not null && ContentSecurityPolicy.IsThePortals(policy))
                ?? ContentSecurityPolicy.For(nonce);
        }

        headers.XContentTypeOptions = "nosniff";

        // The older spelling of frame-ancestors 'none', for browsers that predate it.
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
