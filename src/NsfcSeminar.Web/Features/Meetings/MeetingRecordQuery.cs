using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>
/// Loads one meeting page in seven SQL commands, however many speeches and participants it has,
/// through the pool that keeps them prepared (<see cref="PreparedStatements"/>): the same few
/// statements on every page, so planning them each time cost PostgreSQL more than running them.
/// The meeting is found (and its visibility checked) once; every collection is then read by the
/// meeting's id with a query of one or two joins. EF's split query of the whole graph repeated the
/// meeting lookup with its joins inside each of its eight commands, and PostgreSQL spent about
/// 0.7 ms planning each of them against 0.2 ms running it (docs/performance.md). Names are read
/// column by column: projecting a <see cref="Bilingual"/> whole made EF read every column of the
/// named record (a theme's descriptions among them).
/// </summary>
internal sealed class MeetingRecordQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<MeetingRecord?> FindAsync(string slug, ReaderAccess access, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Database.UsePreparedStatements();

        // Kept open for all seven commands: otherwise each would take the connection from the pool
        // and give it back, and the pool resets a returned connection (DISCARD ALL) every time.
        await db.Database.OpenConnectionAsync(ct);

        // One row per language version (two at most): the texts ride along with the meeting.
        var meeting = await db.Meetings
            .AsNoTracking()
            .VisibleTo(access)
            .Where(m => m.Slug == slug)
            .Select(MeetingRecords.Facts)
            .AsSingleQuery()
            .FirstOrDefaultAsync(ct);
        if (meeting is null)
        {
            return null;
        }

        var id = meeting.Id;
        var citations = await db.MeetingCitations
            .AsNoTracking()
            .Where(c => c.MeetingId == id)
            .OrderBy(c => c.SortOrder)
            .Select(c => new CitedDocumentItem(new Bilingual { En = c.Document.Title.En, Zh = c.Document.Title.Zh }, c.Document.Kind, c.Document.IssuedOn))
            .ToListAsync(ct);
        var (themes, speechThemes) = await MeetingThemesQuery.ReadAsync(db, id, ct);
        var participants = await db.Participations
            .AsNoTracking()
            .Where(p => p.MeetingId == id)
            .OrderBy(p => p.SortOrder)
            .Select(p => new ParticipantItem(
                p.Role,
                p.Person == null ? null : new RecordLink(p.Person.Slug, new Bilingual { En = p.Person.Name.En, Zh = p.Person.Name.Zh }),
                p.Person == null ? null : new Bilingual { En = p.Person.Honorific.En, Zh = p.Person.Honorific.Zh },
                p.Organisation == null ? null : new RecordLink(p.Organisation.Slug, new Bilingual { En = p.Organisation.Name.En, Zh = p.Organisation.Name.Zh }),
                p.Group == null ? null : new Bilingual { En = p.Group.Name.En, Zh = p.Group.Name.Zh },
                new Bilingual { En = p.Position.En, Zh = p.Position.Zh },
                new Bilingual { En = p.Note.En, Zh = p.Note.Zh },
                p.GroupSize,
                p.GroupSizeIsMinimum))
            .ToListAsync(ct);
        var speeches = await MeetingSpeechesQuery.ReadAsync(db, id, speechThemes, ct);
        var (sessions, sources) = await MeetingSourcesQuery.ReadAsync(db, id, ct);
        return meeting.Record with
        {
            MeetingId = id, CitedDocuments = citations, Themes = themes, Participants = participants, Speeches = speeches, Sessions = sessions, Sources = sources,
        };
    }
}
