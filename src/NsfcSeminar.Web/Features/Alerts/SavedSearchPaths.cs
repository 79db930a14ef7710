namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>Where the saved-search pages live, below the language root.</summary>
internal static class SavedSearchPaths
{
    public const string List = "account/searches";

    public const string New = "account/searches/new";

    /// <summary>The page that confirms an unsubscribe (a GET never changes anything).</summary>
    public const string Unsubscribe = "alerts/unsubscribe";

    /// <summary>RFC 8058's one-click address: a POST stops the mail, without signing in.</summary>
    public const string OneClickUnsubscribe = "alerts/unsubscribe/one-click";
}
