namespace NsfcSeminar.Web.Markdown;

/// <summary>The scheme allowlist for every link and image in archived texts.</summary>
internal static class SafeUrl
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static IReadOnlyCollection<string> Schemes => AllowedSchemes;

    /// <summary>True for http, https and mailto URLs and for relative ones (paths, fragments,
    /// queries). Browsers ignore control characters and white space inside a scheme
    /// ("java&#9;script:"), so those are stripped before the scheme is read; Markdig has already
    /// decoded entities.</summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        if (!hasScheme)
        {
            // Protocol-relative URLs ("//host/x") reach another site with the page's scheme: fine.
            return true;
        }

        var scheme = compact[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }
}
