namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>The addresses a digest links to, all absolute (a mail has no page to resolve against).</summary>
internal sealed record DigestLinks(Uri LanguageRoot, string Search, string Unsubscribe, string OneClickUnsubscribe)
{
    public string Manage => new Uri(LanguageRoot, SavedSearchPaths.List).AbsoluteUri;
}
