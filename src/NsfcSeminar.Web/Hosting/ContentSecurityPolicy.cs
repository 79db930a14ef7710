namespace NsfcSeminar.Web.Hosting;

/// <summary>
/// The portal's Content-Security-Policy (ADR-011). Scripts come only from the portal's own
/// files: no inline script, no event-handler attribute, no <c>javascript:</c> URL and no
/// <c>eval</c> runs, even if hostile markup got past the Markdown renderer. The one inline
/// script, the import map Blazor writes into every page, carries the per-response nonce.
/// </summary>
internal static class ContentSecurityPolicy
{
    public static string For(string nonce) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' 'nonce-{nonce}'",

        // No style attributes or <style> blocks: the Markdown sanitizer drops style attributes,
        // the components use CSS isolation, and the reconnect dialog is styled from a file.
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",

        // 'self' matches ws: and wss: on the same host (CSP Level 3): the interactive circuit's
        // WebSocket needs nothing more.
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");

    /// <summary>Whether <paramref name="policy"/> is this policy, with whatever nonce.</summary>
    public static bool IsThePortals(string policy)
    {
        const string NonceStart = "'nonce-";
        var start = policy.IndexOf(NonceStart, StringComparison.Ordinal) + NonceStart.Length;
        var end = start >= NonceStart.Length ? policy.IndexOf('\'', start) : -1;
        return end > start && string.Equals(policy.Remove(start, end - start), For(""), StringComparison.Ordinal);
    }
}
