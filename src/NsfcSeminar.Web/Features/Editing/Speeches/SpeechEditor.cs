using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Saving;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Editing.Speeches;

/// <summary>Loads a speech into the form and saves it back with optimistic concurrency on the
/// speech's xmin: a second editor's save is refused, never silently applied.</summary>
internal sealed class SpeechEditor(IDbContextFactory<SeminarDbContext> dbFactory, IStringLocalizer<SharedResource> L, TimeProvider clock)
{
    public async Task<SpeechInput?> LoadAsync(int meetingId, string anchor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var speech = await Tracked(db).AsNoTracking().SingleOrDefaultAsync(s => s.MeetingId == meetingId && s.Anchor == anchor, ct);
        return speech is null ? null : SpeechInputMapping.ToInput(speech);
    }

    /// <summary>Every speech of a seminar, in its order, for the seminar's page.</summary>
    public async Task<IReadOnlyList<SpeechInput>> LoadAllAsync(int meetingId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var speeches = await Tracked(db).AsNoTracking().Where(s => s.MeetingId == meetingId)
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync(ct);
        return [.. speeches.Select(SpeechInputMapping.ToInput)];
    }

    public async Task<SpeechInput?> LoadAsync(int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var speech = await Tracked(db).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        return speech is null ? null : SpeechInputMapping.ToInput(speech);
    }

    /// <summary>Saves a validated input; see <c>MeetingEditor.SaveAsync</c> for the baseline.
    /// What is saved is the input as it is when this is called (later typing is not mixed in),
    /// and it is saved only if the speech read back equals it (<see cref="ConfirmedSave"/>).</summary>
    public async Task<SaveResult<SpeechInput>> SaveAsync(SpeechInput input, SpeechInput? baseline, CancellationToken ct)
    {
        var sent = InputJson.Clone(input);
        var result = await TrySaveAsync(sent, input, ct);
        if (result.Status == SaveStatus.Conflict && baseline is not null
            && InputJson.Content(result.Record!) == InputJson.Content(baseline))
        {
            // Only the speech's place in the meeting changed: nothing this editor sees.
            input.Version = sent.Version = result.Record!.Version;
            result = await TrySaveAsync(sent, input, ct);
        }

        return result;
    }

    /// <param name="sent">What is saved.</param>
    /// <param name="shown">The form's input, which refusals point at.</param>
    private async Task<SaveResult<SpeechInput>> TrySaveAsync(SpeechInput sent, SpeechInput shown, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var anchor = sent.Anchor.Trim();
        if (await db.Speeches.AnyAsync(s => s.MeetingId == sent.MeetingId && s.Anchor == anchor && s.Id != sent.Id, ct))
        {
            return SaveResult.Refused<SpeechInput>(AnchorTaken(shown));
        }

        Speech? speech;
        if (sent.Id is { } id)
        {
            speech = await Tracked(db).SingleOrDefaultAsync(s => s.Id == id, ct);
            if (speech is null)
            {
                return SaveResult.Gone<SpeechInput>();
            }

            db.Entry(speech).Property(s => s.Version).OriginalValue = sent.Version;
        }
        else
        {
            var last = await db.Speeches.Where(s => s.MeetingId == sent.MeetingId).MaxAsync(s => (int?)s.SortOrder, ct);
            speech = new Speech { MeetingId = sent.MeetingId, Anchor = anchor, SortOrder = (last ?? 0) + 1 };
            db.Speeches.Add(speech);
        }

        var themes = await db.ReformThemes.Where(t => sent.ThemeIds.Contains(t.Id)).ToListAsync(ct);
        SpeechInputMapping.Apply(sent, speech, themes);

        // Always write the speech row, so a change to its texts alone passes the token check.
        speech.UpdatedAt = clock.GetUtcNow();
        try
        {
            var stored = await ConfirmedSave.SaveAsync(db, speech, InputJson.Digest(SpeechInputMapping.AsStored(sent)), async (id, c) => InputJson.Digest(SpeechInputMapping.ToInput(
                await Tracked(db).AsNoTracking().SingleAsync(s => s.Id == id, c))), ct);
            if (!stored)
            {
                return SaveResult.NotConfirmed<SpeechInput>();
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            var theirs = await LoadAsync(speech.Id, ct);
            return theirs is null ? SaveResult.Gone<SpeechInput>() : SaveResult.Conflict(theirs);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return SaveResult.Refused<SpeechInput>(AnchorTaken(shown));
        }

        return SaveResult.Stored((await LoadAsync(speech.Id, ct))!);
    }

    private FieldProblem AnchorTaken(SpeechInput input) =>
        new(input, nameof(input.Anchor), L["Editing.AnotherSpeechOfThisSeminarAlready"]);

    private static IQueryable<Speech> Tracked(SeminarDbContext db) => db.Speeches
        .Include(s => s.Texts)
        .Include(s => s.Themes)
        .AsSplitQuery();
}
