using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Reading;
using NsfcSeminar.Web.Reading;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>Loads one meeting page. Split into one SQL command per collection, so the number of
/// commands stays the same however many speeches and participants the meeting has.</summary>
internal sealed class MeetingRecordQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<MeetingRecord?> FindAsync(string slug, ReaderAccess access, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Meetings
            .AsNoTracking()
            .AsSplitQuery()
            .VisibleTo(access)
            .Where(m => m.Slug == slug)
            .Select(m => new MeetingRecord(
                m.Slug,
                m.Kind,
                m.Series == null ? null : new RecordLink(m.Series.Slug, m.Series.Name),
                m.SequenceNumber,
                m.SequenceTerm,
                m.StartDate,
                m.EndDate,
                m.Place,
                m.Format,
                m.Organiser == null ? null : new RecordLink(m.Organiser.Slug, m.Organiser.Name),
                m.IsSample,
                m.Visibility,
                m.Texts
                    .Select(t => new MeetingTextVersion(t.Language, t.Title, t.StatedTheme, t.Summary, t.MinutesMarkdown, t.Provenance, t.TranslatedBy))
                    .ToList(),
                m.Citations
                    .OrderBy(c => c.SortOrder)
                    .Select(c => new CitedDocumentItem(c.Document.Title, c.Document.Kind, c.Document.IssuedOn))
                    .ToList(),
                m.Themes
                    .OrderBy(t => t.SortOrder)
                    .Select(t => new RecordLink(t.Slug, t.Name))
                    .ToList(),
                m.Participations
                    .OrderBy(p => p.SortOrder)
                    .Select(p => new ParticipantItem(
                        p.Role,
                        p.Person == null ? null : new RecordLink(p.Person.Slug, p.Person.Name),
                        p.Person == null ? null : p.Person.Honorific,
                        p.Organisation == null ? null : new RecordLink(p.Organisation.Slug, p.Organisation.Name),
                        p.Group == null ? null : p.Group.Name,
                        p.Position))
                    .ToList(),
                m.Speeches
                    .OrderBy(s => s.SortOrder)
                    .Select(s => new SpeechItem(
                        s.Anchor,
                        s.Kind,
                        s.SpeakerPerson == null ? null : new RecordLink(s.SpeakerPerson.Slug, s.SpeakerPerson.Name),
                        s.SpeakerPerson == null ? null : s.SpeakerPerson.Honorific,
                        s.SpeakerOrganisation == null ? null : new RecordLink(s.SpeakerOrganisation.Slug, s.SpeakerOrganisation.Name),
                        s.Texts
                            .Select(t => new SpeechTextVersion(t.Language, t.Title, t.Summary, t.BodyMarkdown, t.Provenance, t.TranslatedBy))
                            .ToList(),
                        s.Themes
                            .OrderBy(t => t.SortOrder)
                            .Select(t => new RecordLink(t.Slug, t.Name))
                            .ToList()))
                    .ToList()))
            .FirstOrDefaultAsync(ct);
    }
}
