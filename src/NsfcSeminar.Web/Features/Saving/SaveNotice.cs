using Microsoft.Extensions.Localization;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Saving;

/// <summary>What the editor is told of a save, by its status, so each form says it alike.</summary>
internal static class SaveNotice
{
    /// <returns>The notice, or null where the form says it itself: a refusal's problems stand
    /// beside their fields, and a vanished record is named by the form that lost it.</returns>
    public static string? For(SaveStatus status, IStringLocalizer<SharedResource> L) => status switch
    {
        SaveStatus.Stored => L["Saved."].Value,
        SaveStatus.Conflict => L["Someone else saved this record while you were editing it. Your text is still in the form: reload the record in another tab to see their change, then save again."].Value,
        SaveStatus.NotConfirmed => L["Not saved: what the database stored differed from what is on screen, so the save was undone. Your text is still on screen and kept as a draft. Please save again; if this recurs, tell an administrator."].Value,
        SaveStatus.Unavailable => L["The archive's database cannot be reached just now. Nothing has been lost; please try again in a minute."].Value,
        _ => null,
    };
}
