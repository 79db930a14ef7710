using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace NsfcSeminar.EndToEnd.Security;

/// <summary>
/// One address for every routed page of the portal, written without the language prefix. A
/// test fails when a page is added without an address here, so the policy is checked on it too.
/// </summary>
internal static class PortalPages
{
    public const string SeedMeeting = "/meetings/2024-11-16-party-group-strategy-seminar";

    /// <summary>Pages anyone may open, by route template.</summary>
    public static IReadOnlyDictionary<string, string> Public { get; } = new Dictionary<string, string>
    {
        ["/"] = "/",
        ["/meetings"] = "/meetings",
        ["/meetings/{Slug}"] = SeedMeeting,
        ["/meetings/{Slug}/speeches/{Anchor}/side-by-side"] = $"{SeedMeeting}/speeches/presiding-speech-dou-xiankang/side-by-side",
        ["/people/{Slug}"] = "/people/liu-zhongfan",
        ["/organisations/{Slug}"] = "/organisations/planning-and-policy-bureau",
        ["/themes"] = "/themes",
        ["/themes/{Slug}"] = "/themes/talent",
        ["/search"] = "/search?q=reform",
        ["/account/sign-in"] = "/account/sign-in",
        ["/account/register"] = "/account/register",
        ["/account/confirm"] = "/account/confirm",
        ["/alerts/unsubscribe"] = "/alerts/unsubscribe",
        ["/error"] = "/error",
    };

    /// <summary>Pages that answer an error status on purpose, with that status.</summary>
    public static IReadOnlyDictionary<string, (string Path, int Status)> Refusals { get; } = new Dictionary<string, (string, int)>
    {
        ["/not-found"] = ("/meetings/no-such-seminar", 404),
        ["/account/access-denied"] = ("/account/access-denied", 403),
        ["/read-only"] = ("/read-only", 503),
    };

    /// <summary>Pages for Admins and Editors; "{account}" is the signed-in account's id.</summary>
    public static IReadOnlyDictionary<string, string> SignedIn { get; } = new Dictionary<string, string>
    {
        ["/admin/accounts"] = "/admin/accounts",
        ["/admin/accounts/{Id}"] = "/admin/accounts/{account}",
        ["/admin/audit"] = "/admin/audit",
        ["/admin/alerts"] = "/admin/alerts",
        ["/account/searches"] = "/account/searches",
        ["/account/searches/new"] = "/account/searches/new?q=reform",
        ["/edit/import"] = "/edit/import",
        ["/edit/drafts/from-release"] = "/edit/drafts/from-release",
        ["/edit/themes"] = "/edit/themes",
        ["/edit/people"] = "/edit/people",
        ["/edit/organisations"] = "/edit/organisations",
        ["/edit/translations"] = "/edit/translations",
        ["/edit/{TypeSegment}/{Key}/history"] = "/edit/themes/talent/history",
        ["/edit/{TypeSegment}/{Key}/history/compare"] = "/edit/themes/talent/history/compare?from=1&to=1",
        ["/edit/meetings/{MeetingSlug}/speeches/{Anchor}/history"] = $"/edit{SeedMeeting}/speeches/presiding-speech-dou-xiankang/history",
        ["/edit/meetings/{MeetingSlug}/speeches/{Anchor}/history/compare"] = $"/edit{SeedMeeting}/speeches/presiding-speech-dou-xiankang/history/compare?from=1&to=1",
        ["/edit"] = "/edit",
        ["/edit/meetings/new"] = "/edit/meetings/new",
        ["/edit/meetings/{Slug}"] = $"/edit{SeedMeeting}",
        ["/edit/meetings/{Slug}/sources"] = $"/edit{SeedMeeting}/sources",
        ["/edit/meetings/{MeetingSlug}/speeches/new"] = $"/edit{SeedMeeting}/speeches/new",
        ["/edit/meetings/{MeetingSlug}/speeches/{Anchor}"] = $"/edit{SeedMeeting}/speeches/presiding-speech-dou-xiankang",
    };

    public static IEnumerable<string> RouteTemplates { get; } = typeof(Program).Assembly.GetTypes()
        .SelectMany(type => type.GetCustomAttributes<RouteAttribute>())
        .Select(route => route.Template)
        .ToList();
}
