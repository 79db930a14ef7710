namespace NsfcSeminar.Web.Features.Accounts;

/// <summary>Where the account pages live, below the language root.</summary>
public static class AccountPaths
{
    public const string SignIn = "/account/sign-in";

    public const string SignOut = "/account/sign-out";

    public const string AccessDenied = "/account/access-denied";

    public const string Register = "/account/register";

    /// <summary>Where a registration's mailed link leads (relative to the language root).</summary>
    public const string Confirm = "account/confirm";

    /// <summary>The address to return to after signing in, if it is one of the portal's own;
    /// anything else becomes the language root.</summary>
    public static string LocalOrRoot(string? returnUrl) => IsLocalPath(returnUrl) ? returnUrl : "./";

    /// <summary>
    /// A path starting with one slash, written in printable ASCII without backslashes (the
    /// portal's own return addresses are percent-encoded). Anything else ("//host", "/\host",
    /// "https://…", or "/\u3000/host", which some browsers read as "//host" and which no response
    /// header may carry) would be an open redirect or an error.
    /// </summary>
    public static bool IsLocalPath([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? url) =>
        url is ['/', ..] and not ['/', '/' or '\\', ..] && url.All(IsSafe);

    private static bool IsSafe(char c) => c is > ' ' and < '\u007f' and not '\\';
}
