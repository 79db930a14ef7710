using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Localization;

using NsfcSeminar.Web.Features.Meetings;

namespace NsfcSeminar.Web.Features.Editing.Meetings;

/// <summary>Loads a seminar into the form and saves the form back, refusing to overwrite what
/// another editor saved in between (optimistic concurrency on the meeting's xmin).</summary>
internal sealed class MeetingEditor(IDbContextFactory<SeminarDbContext> dbFactory, IStringLocalizer<SharedResource> L)
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
    public async Task<SaveResult<MeetingInput>> SaveAsync(MeetingInput input, MeetingInput? baseline, CancellationToken ct)
    {
        var result = await TrySaveAsync(input, ct);
        if (result.Status == SaveStatus.Conflict && baseline is not null
            && InputJson.Content(result.Record!) == InputJson.Content(baseline))
        {
            input.Version = result.Record!.Version;
            result = await TrySaveAsync(input, ct);
        }

        return result;
    }

    private async Task<SaveResult<MeetingInput>> TrySaveAsync(MeetingInput input, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var slug = input.Slug.Trim();
        if (await db.Meetings.AnyAsync(m => m.Slug == slug && m.Id != input.Id, ct))
        {
            return SaveResult.Invalid<MeetingInput>(SlugTaken(input));
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
            meeting.PublishedAt = DateTimeOffset.UtcNow;
        }

        // Always write the meeting row, so that a change to its texts or participants alone
        // still passes (and bumps) the concurrency token.
        meeting.UpdatedAt = DateTimeOffset.UtcNow;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var theirs = await LoadAsync(meeting.Id, ct);
            return theirs is null ? SaveResult.Gone<MeetingInput>() : SaveResult.Conflict(theirs);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            return SaveResult.Invalid<MeetingInput>(unique.ConstraintName?.Contains("slug", StringComparison.Ordinal) == true
                ? SlugTaken(input)
                : new FieldProblem(input, nameof(input.Participants), L["A participant is listed twice in the same role."]));
        }

        return SaveResult.Saved((await LoadAsync(meeting.Id, ct))!);
    }

    private FieldProblem SlugTaken(MeetingInput input) =>
        new(input, nameof(input.Slug), L["Another seminar already has this address; choose another slug."]);

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
