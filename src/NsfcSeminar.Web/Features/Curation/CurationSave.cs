using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Web.Features.Saving;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Curation;

internal static class CurationSave
{
    /// <summary>Saves, turning a concurrency conflict (the xmin token) into a message for the form.</summary>
    public static async Task<SaveResult<string>> SaveAsync(DbContext db, string slug, IStringLocalizer<SharedResource> L, CancellationToken ct, RevisionNote? note = null)
    {
        try
        {
            await db.SaveWithRevisionsAsync(note, ct);
            return SaveResult.Stored(slug);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.Conflict<string>(null, FieldProblem.Overall(SaveNotice.For(SaveStatus.Conflict, L)!));
        }
    }

    /// <summary>The input's own rules refused it: each message beside its field ("" is the whole form).</summary>
    public static SaveResult<string> Refused(object input, IReadOnlyDictionary<string, string> errors) =>
        SaveResult.Refused<string>(errors.Select(e => new FieldProblem(input, e.Key, e.Value)));

    public static SaveResult<string> Refused(object? input, string field, string message) =>
        SaveResult.Refused<string>(new FieldProblem(input, field, message));

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
