using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Saving;
using NsfcSeminar.Web.Localization;

using NsfcSeminar.Web.Features.Meetings;

namespace NsfcSeminar.Web.Features.Editing.Meetings;

/// <summary>Loads a seminar into the form and saves the form back, refusing to overwrite what
/// another editor saved in between (optimistic concurrency on the meeting's xmin).</summary>
internal sealed class MeetingEditor(IDbContextFactory<SeminarDbContext> dbFactory, IStringLocalizer<SharedResource> L, TimeProvider clock)
{
    public async Task<MeetingInput?> LoadAsync(string slug, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await Tracked(db).AsNoTracking().SingleOrDefaultAsync(m => m.Slug == slug, ct);
        return meeting is null ? null : MeetingInputMapping.ToInput(meeting);
    }

    public async Task<MeetingInput?> LoadAsync(int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await Tracked(db).AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        return meeting is null ? null : MeetingInputMapping.ToInput(meeting);
    }

    /// <summary>Saves a validated input.</summary>
    /// <param name="baseline">The input as it was loaded. When another save changed nothing the
    /// editor can see in this form (only the order of the seminar in a list, say), the save goes
    /// ahead; otherwise it is refused and the other editor's version returned.</param>
    /// <remarks>What is saved is the input as it is when this is called (later typing is not
    /// mixed in), and it is saved only if the seminar read back equals it (<see cref="ConfirmedSave"/>).</remarks>
    public async Task<SaveResult<MeetingInput>> SaveAsync(MeetingInput input, MeetingInput? baseline, CancellationToken ct)
    {
        var sent = InputJson.Clone(input);
        var result = await TrySaveAsync(sent, input, ct);
        if (result.Status == SaveStatus.Conflict && baseline is not null
            && InputJson.Content(result.Record!) == InputJson.Content(baseline))
        {
            input.Version = sent.Version = result.Record!.Version;
            result = await TrySaveAsync(sent, input, ct);
        }

        return result;
    }

    /// <param name="input">What is saved.</param>
    /// <param name="shown">The form's input, which refusals point at.</param>
    private async Task<SaveResult<MeetingInput>> TrySaveAsync(MeetingInput input, MeetingInput shown, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var slug = input.Slug.Trim();
        if (await db.Meetings.AnyAsync(m => m.Slug == slug && m.Id != input.Id, ct))
        {
            return SaveResult.Refused<MeetingInput>(SlugTaken(shown));
        }

        Meeting? meeting;
        if (input.Id is { } id)
        {
            meeting = await Tracked(db).SingleOrDefaultAsync(m => m.Id == id, ct);
            if (meeting is null)
            {
                return SaveResult.Gone<MeetingInput>();
            }

            // The token the editor saw, not the one just read: the UPDATE is refused if they differ.
            db.Entry(meeting).Property(m => m.Version).OriginalValue = input.Version;
        }
        else
        {
            meeting = new Meeting { Slug = slug };
            db.Meetings.Add(meeting);
        }

        var themes = await db.ReformThemes.Where(t => input.ThemeIds.Contains(t.Id)).ToListAsync(ct);
        var wasPublished = meeting.Status == PublicationStatus.Published;
        MeetingInputMapping.Apply(input, meeting, themes);
        if (input.Status == PublicationStatus.Published && !wasPublished)
        {
            meeting.PublishedAt = clock.GetUtcNow();
        }

        // Always write the meeting row, so that a change to its texts or participants alone
        // still passes (and bumps) the concurrency token.
        meeting.UpdatedAt = clock.GetUtcNow();
        try
        {
            var stored = await ConfirmedSave.SaveAsync(db, meeting, InputJson.Digest(MeetingInputMapping.AsStored(input)), async (id, c) => InputJson.Digest(MeetingInputMapping.ToInput(
                await Tracked(db).AsNoTracking().SingleAsync(m => m.Id == id, c))), ct);
            if (!stored)
            {
                return SaveResult.NotConfirmed<MeetingInput>();
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            var theirs = await LoadAsync(meeting.Id, ct);
            return theirs is null ? SaveResult.Gone<MeetingInput>() : SaveResult.Conflict(theirs);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            return SaveResult.Refused<MeetingInput>(unique.ConstraintName?.Contains("slug", StringComparison.Ordinal) == true
                ? SlugTaken(shown)
                : new FieldProblem(shown, nameof(shown.Participants), L["Editing.AParticipantIsListedTwiceIn"]));
        }

        return SaveResult.Stored((await LoadAsync(meeting.Id, ct))!);
    }

    private FieldProblem SlugTaken(MeetingInput input) =>
        new(input, nameof(input.Slug), L["Editing.AnotherSeminarAlreadyHasThisAddress"]);

    private static IQueryable<Meeting> Tracked(SeminarDbContext db) => db.Meetings
        .Include(m => m.Texts)
        .Include(m => m.Participations)
        .Include(m => m.Citations)
        .Include(m => m.Themes)
        .AsSplitQuery();

    /// <summary>Archived seminars a new one seems to repeat (same date, series and number, or title).</summary>
    public async Task<List<PossibleDuplicate>> DuplicatesOfAsync(MeetingInput input, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var titles = input.Texts.Where(t => t.Present && !string.IsNullOrWhiteSpace(t.Title)).Select(t => t.Title.Trim()).ToList();
        var candidate = new SeminarCandidate(input.Slug, input.StartDate ?? DateOnly.MinValue, input.SeriesId, input.SequenceNumber, titles);
        return await SeminarDuplicates.FindAsync(db, [candidate], ct);
    }
}
