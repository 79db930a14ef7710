namespace NsfcSeminar.Web.Features.Translations;

/// <summary>Where each kind of record is edited, relative to the language root. The meeting and
/// speech editors are the workspace's pages.</summary>
public static class EditLinks
{
    public static string Meeting(string slug) => $"edit/meetings/{slug}";

    public static string Speech(string meetingSlug, string anchor) => $"edit/meetings/{meetingSlug}/speeches/{anchor}";

    public static string Person(string slug) => $"edit/people?person={slug}";

    public static string Organisation(string slug) => $"edit/organisations?organisation={slug}";

    public static string Theme(string slug) => $"edit/themes?theme={slug}";
}
