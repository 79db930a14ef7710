using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;

namespace NsfcSeminar.Data.Snapshots;

/// <summary>Applies a snapshot to the tracked records, recreating (with their old ids) any that
/// were removed since. <see cref="Problem"/> names why a snapshot cannot be written back; the
/// words for it are the page's. Snapshots are read (<see cref="SnapshotReader"/>) and written
/// back here, in the data project, because neither needs more than the context, and the revision
/// call that reads them lives in it too.</summary>
public sealed class SnapshotWriter(SeminarDbContext db)
{
    private readonly ReferenceResolver references = new(db);

    public SnapshotProblem? Problem { get; private set; }

    public async Task<string> PersonAsync(int id, PersonSnapshot snapshot, CancellationToken ct)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            db.People.Add(person = new Person { Id = id, Slug = snapshot.Slug });
            await SlugRedirects.ReleaseAsync(db, RecordType.Person, snapshot.Slug, ct);
        }

        await MoveSlugAsync(RecordType.Person, person.Slug, snapshot.Slug, db.People.AnyAsync(p => p.Slug == snapshot.Slug && p.Id != id, ct));
        person.Slug = snapshot.Slug;
        person.Name = snapshot.Name.ToBilingual();
        person.Honorific = snapshot.Honorific.ToBilingual();
        return snapshot.Slug;
    }

    public async Task<string> OrganisationAsync(int id, OrganisationSnapshot snapshot, CancellationToken ct)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            db.Organisations.Add(organisation = new Organisation { Id = id, Slug = snapshot.Slug });
            await SlugRedirects.ReleaseAsync(db, RecordType.Organisation, snapshot.Slug, ct);
        }

        await MoveSlugAsync(RecordType.Organisation, organisation.Slug, snapshot.Slug, db.Organisations.AnyAsync(o => o.Slug == snapshot.Slug && o.Id != id, ct));
        var parent = await references.OrganisationAsync(snapshot.Parent, ct);
        var parents = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ParentId, ct);
        organisation.Slug = snapshot.Slug;
        organisation.Name = snapshot.Name.ToBilingual();
        organisation.ShortName = snapshot.ShortName.ToBilingual();
        organisation.Kind = snapshot.Kind;
        organisation.ParentId = parent is int p && Hierarchy.IsSelfOrDescendant(p, id, parents) ? organisation.ParentId : parent;
        return snapshot.Slug;
    }

    public async Task<string> ThemeAsync(int id, ThemeSnapshot snapshot, CancellationToken ct)
    {
        var theme = await db.ReformThemes.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (theme is null)
        {
            db.ReformThemes.Add(theme = new ReformTheme { Id = id, Slug = snapshot.Slug });
            await SlugRedirects.ReleaseAsync(db, RecordType.Theme, snapshot.Slug, ct);
        }

        await MoveSlugAsync(RecordType.Theme, theme.Slug, snapshot.Slug, db.ReformThemes.AnyAsync(t => t.Slug == snapshot.Slug && t.Id != id, ct));
        var parent = await references.ThemeAsync(snapshot.Parent, ct);
        var parents = await db.ReformThemes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.ParentId, ct);

        // A parent that has since moved below this theme would make a cycle: keep today's place.
        theme.ParentId = parent is int p && Hierarchy.IsSelfOrDescendant(p, id, parents) ? theme.ParentId : parent;
        theme.Slug = snapshot.Slug;
        theme.Name = snapshot.Name.ToBilingual();
        theme.Description = snapshot.Description.ToBilingual();
        theme.SortOrder = snapshot.SortOrder;
        return snapshot.Slug;
    }

    public async Task<string> SpeechAsync(SpeechSnapshot snapshot, Meeting? meeting, CancellationToken ct)
    {
        var speech = meeting?.Speeches.FirstOrDefault(s => s.Id == snapshot.Id)
            ?? await db.Speeches.Include(s => s.Texts).Include(s => s.Themes).FirstOrDefaultAsync(s => s.Id == snapshot.Id, ct);
        if (speech is null)
        {
            var meetingId = meeting?.Id ?? snapshot.Meeting.Id;
            if (meeting is null && !await db.Meetings.AnyAsync(m => m.Id == meetingId, ct))
            {
                Problem = SnapshotProblem.MeetingGone;
                return snapshot.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            // Added explicitly: a record found through a navigation with its key already set
            // would be taken for an existing one.
            speech = new Speech { Id = snapshot.Id, MeetingId = meetingId, Anchor = snapshot.Anchor };
            db.Speeches.Add(speech);
            meeting?.Speeches.Add(speech);
        }

        speech.Anchor = snapshot.Anchor;
        speech.SortOrder = snapshot.SortOrder;
        speech.Kind = snapshot.Kind;
        speech.SpeakerPersonId = await references.PersonAsync(snapshot.SpeakerPerson, ct);
        speech.SpeakerOrganisationId = await references.OrganisationAsync(snapshot.SpeakerOrganisation, ct);
        speech.SpeakerGroupId = await references.ExistingAsync<AttendeeGroup>(snapshot.SpeakerGroup, ct);
        speech.SpeakerDescription = snapshot.SpeakerDescription?.ToBilingual() ?? new Bilingual();
        speech.Session = meeting?.Sessions.FirstOrDefault(s => s.Anchor == snapshot.Session);
        if (speech.SpeakerPersonId is null && speech.SpeakerOrganisationId is null && speech.SpeakerGroupId is null && speech.SpeakerDescription.IsEmpty)
        {
            Problem = SnapshotProblem.SpeakerGone;
        }

        speech.Texts.RemoveAll(t => snapshot.Texts.All(s => s.Language != t.Language));
        foreach (var text in snapshot.Texts)
        {
            var row = speech.Texts.FirstOrDefault(t => t.Language == text.Language);
            if (row is null)
            {
                speech.Texts.Add(row = new SpeechText { Language = text.Language, Title = text.Title });
            }

            (row.Title, row.Summary, row.BodyMarkdown, row.Provenance, row.TranslatedBy) =
                (text.Title, text.Summary, text.BodyMarkdown, text.Provenance, text.TranslatedBy);
        }

        await SetThemesAsync(speech.Themes, snapshot.Themes, ct);
        return snapshot.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<string> MeetingAsync(int id, MeetingSnapshot snapshot, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsSplitQuery()
            .Include(m => m.Texts).Include(m => m.Participations).Include(m => m.Citations).Include(m => m.Themes)
            .Include(m => m.Sessions).Include(m => m.Sources).ThenInclude(s => s.Copies)
            .Include(m => m.Speeches).ThenInclude(s => s.Texts)
            .Include(m => m.Speeches).ThenInclude(s => s.Themes)
            .FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            db.Meetings.Add(meeting = new Meeting { Id = id, Slug = snapshot.Slug });
        }

        await MoveSlugAsync(RecordType.Meeting, meeting.Slug, snapshot.Slug, db.Meetings.AnyAsync(m => m.Slug == snapshot.Slug && m.Id != id, ct));
        (meeting.Slug, meeting.Kind, meeting.SequenceNumber, meeting.SequenceTerm, meeting.StartDate, meeting.EndDate) =
            (snapshot.Slug, snapshot.Kind, snapshot.SequenceNumber, snapshot.SequenceTerm.ToBilingual(), snapshot.StartDate, snapshot.EndDate);
        (meeting.Place, meeting.Format, meeting.Status, meeting.Visibility, meeting.IsSample, meeting.PublishedAt) =
            (snapshot.Place.ToBilingual(), snapshot.Format, snapshot.Status, snapshot.Visibility, snapshot.IsSample, snapshot.PublishedAt);
        meeting.SeriesId = await references.ExistingAsync<MeetingSeries>(snapshot.Series, ct);
        meeting.OrganiserId = await references.OrganisationAsync(snapshot.Organiser, ct);

        meeting.Texts.RemoveAll(t => snapshot.Texts.All(s => s.Language != t.Language));
        foreach (var text in snapshot.Texts)
        {
            var row = meeting.Texts.FirstOrDefault(t => t.Language == text.Language);
            if (row is null)
            {
                meeting.Texts.Add(row = new MeetingText { Language = text.Language, Title = text.Title });
            }

            (row.Title, row.StatedTheme, row.Summary, row.MinutesMarkdown, row.Provenance, row.TranslatedBy) =
                (text.Title, text.StatedTheme, text.Summary, text.MinutesMarkdown, text.Provenance, text.TranslatedBy);
        }

        await WriteParticipationsAsync(meeting, snapshot.Participations, ct);
        meeting.Citations.RemoveAll(c => snapshot.Citations.All(s => s.Document.Id != c.DocumentId));
        foreach (var citation in snapshot.Citations)
        {
            var row = meeting.Citations.FirstOrDefault(c => c.DocumentId == citation.Document.Id);
            if (row is null && await references.ExistingAsync<CitedDocument>(citation.Document, ct) is int document)
            {
                meeting.Citations.Add(row = new MeetingCitation { DocumentId = document });
            }

            row?.SortOrder = citation.SortOrder;
        }

        await SetThemesAsync(meeting.Themes, snapshot.Themes, ct);
        await new SessionsWriter(references).WriteAsync(meeting, snapshot.Sessions ?? [], ct);
        meeting.Speeches.RemoveAll(s => snapshot.Speeches.All(k => k.Id != s.Id));
        foreach (var speech in snapshot.Speeches)
        {
            await SpeechAsync(speech, meeting, ct);
        }

        if (!SourcesWriter.Write(meeting, snapshot.Sources ?? []))
        {
            Problem = SnapshotProblem.CopyGone;
        }

        return snapshot.Slug;
    }

    private async Task WriteParticipationsAsync(Meeting meeting, IReadOnlyList<ParticipationSnapshot> snapshots, CancellationToken ct)
    {
        meeting.Participations.RemoveAll(p => snapshots.All(s => s.Id != p.Id));
        foreach (var snapshot in snapshots)
        {
            var row = meeting.Participations.FirstOrDefault(p => p.Id == snapshot.Id);
            if (row is null)
            {
                db.Participations.Add(row = new Participation { Id = snapshot.Id, MeetingId = meeting.Id });
                meeting.Participations.Add(row);
            }

            row.Role = snapshot.Role;
            row.SortOrder = snapshot.SortOrder;
            row.PersonId = await references.PersonAsync(snapshot.Person, ct);
            row.OrganisationId = await references.OrganisationAsync(snapshot.Organisation, ct);
            row.GroupId = await references.ExistingAsync<AttendeeGroup>(snapshot.Group, ct);
            row.Position = snapshot.Position.ToBilingual();
            row.Note = snapshot.Note?.ToBilingual() ?? new Bilingual();
            (row.GroupSize, row.GroupSizeIsMinimum) = (snapshot.GroupSize, snapshot.GroupSizeIsMinimum);
        }
    }

    private async Task SetThemesAsync(List<ReformTheme> tags, IReadOnlyList<RecordRef> snapshot, CancellationToken ct)
    {
        var ids = new HashSet<int>();
        foreach (var reference in snapshot)
        {
            if (await references.ThemeAsync(reference, ct) is int id)
            {
                ids.Add(id);
            }
        }

        tags.RemoveAll(t => !ids.Contains(t.Id));
        var missing = ids.Except(tags.Select(t => t.Id)).ToList();
        tags.AddRange(await db.ReformThemes.Where(t => missing.Contains(t.Id)).ToListAsync(ct));
    }

    private async Task MoveSlugAsync(RecordType type, string current, string restored, Task<bool> takenByAnother)
    {
        if (await takenByAnother)
        {
            Problem = SnapshotProblem.SlugTaken;
            return;
        }

        await SlugRedirects.RecordMoveAsync(db, type, current, restored, CancellationToken.None);
    }
}
