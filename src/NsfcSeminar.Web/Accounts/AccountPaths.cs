namespace NsfcSeminar.Web.Accounts;

/// <summary>Where the account pages live, below the language root.</summary>
public static class AccountPaths
{
    public const string SignIn = "/account/sign-in";

    public const string SignOut = "/account/sign-out";

    public const string AccessDenied = "/account/access-denied";

    /// <summary>
    /// The address to return to after signing in, if it is one of the portal's own: a path
    /// starting with one slash. Anything else ("//host", "/\host", "https://…") would be an open
    /// redirect, so it becomes the language root.
    /// </summary>
    public static string LocalOrRoot(string? returnUrl) =>
        returnUrl is ['/', ..] && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "./";
}
