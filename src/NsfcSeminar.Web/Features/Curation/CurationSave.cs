using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Curation;

internal static class CurationSave
{
    /// <summary>Saves, turning a concurrency conflict (the xmin token) into a message for the form.</summary>
    public static async Task<CurationOutcome> SaveAsync(DbContext db, string slug, IStringLocalizer<SharedResource> L, CancellationToken ct, RevisionNote? note = null)
    {
        try
        {
            await db.SaveWithRevisionsAsync(note, ct);
            return CurationOutcome.Done(slug);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CurationOutcome.Refused("", L["Someone else saved this record while you were editing it. Your text is still in the form: reload the record in another tab to see their change, then save again."]);
        }
    }

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
