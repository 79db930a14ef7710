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
        SaveStatus.Stored => L["Editing.Saved"].Value,
        SaveStatus.Conflict => L["Curation.SomeoneElseSavedThisRecordWhile"].Value,
        SaveStatus.NotConfirmed => L["Editing.NotSavedWhatTheDatabaseStored"].Value,
        SaveStatus.Unavailable => L["Errors.TheArchivesDatabaseCannotBeReached"].Value,
        _ => null,
    };
}
