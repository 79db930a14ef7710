using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Data.Snapshots;
using NsfcSeminar.Web.Features.Curation;
using NsfcSeminar.Web.Features.Saving;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.History;

/// <summary>
/// Writes an old revision's content back; the save is itself a new revision ("restored revision
/// N"), so a restore can be undone the same way. A record that was deleted or merged away comes
/// back with its old id; a meeting brings back the speeches and participants it had then.
/// </summary>
internal sealed class RevisionRestorer(IDbContextFactory<SeminarDbContext> dbFactory, IStringLocalizer<SharedResource> L)
{
    public async Task<SaveResult<string>> RestoreAsync(RecordType type, int recordId, int number, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var content = await db.Set<Revision>().AsNoTracking()
            .Where(r => r.RecordType == type && r.RecordId == recordId && r.Number == number)
            .Select(r => r.Content)
            .FirstOrDefaultAsync(ct);
        if (content is null)
        {
            return SaveResult.Refused<string>(FieldProblem.Overall(L["History.ThatRevisionDoesNotExist"]));
        }

        var writer = new SnapshotWriter(db);
        var slug = type switch
        {
            RecordType.Meeting => await writer.MeetingAsync(recordId, RecordSnapshots.Deserialize<MeetingSnapshot>(content), ct),
            RecordType.Speech => await writer.SpeechAsync(RecordSnapshots.Deserialize<SpeechSnapshot>(content), null, ct),
            RecordType.Person => await writer.PersonAsync(recordId, RecordSnapshots.Deserialize<PersonSnapshot>(content), ct),
            RecordType.Organisation => await writer.OrganisationAsync(recordId, RecordSnapshots.Deserialize<OrganisationSnapshot>(content), ct),
            _ => await writer.ThemeAsync(recordId, RecordSnapshots.Deserialize<ThemeSnapshot>(content), ct),
        };
        if (writer.Problem is { } problem)
        {
            return SaveResult.Refused<string>(FieldProblem.Overall(Explain(problem)));
        }

        return await CurationSave.SaveAsync(db, slug, L, ct, RevisionNote.Restored(number));
    }

    private string Explain(SnapshotProblem problem) => problem switch
    {
        SnapshotProblem.MeetingGone => L["History.TheMeetingOfThisSpeechNo"],
        SnapshotProblem.SpeakerGone => L["History.TheSpeakerOfThisSpeechNo"],
        SnapshotProblem.CopyGone => L["History.AnArchivedCopyThisRevisionNames"],
        _ => L["History.AnotherRecordNowHasTheSlug"],
    };
}
