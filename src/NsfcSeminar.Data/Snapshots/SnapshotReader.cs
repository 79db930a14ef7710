using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Snapshots;

/// <summary>A record's content as saved, with the key it was saved under.</summary>
public sealed record RecordState(RecordType Type, int Id, string Key, object Snapshot);

/// <summary>Reads the full content of records as they stand in the database: one or two
/// queries per kind of record, however many records.</summary>
public static class SnapshotReader
{
    public static async Task<List<RecordState>> ReadAsync(DbContext db, RecordType type, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (ids.Count == 0)
        {
            return [];
        }

        return type switch
        {
            RecordType.Meeting => await MeetingsAsync(db, ids, ct),
            RecordType.Speech => [.. (await SpeechesAsync(db, s => ids.Contains(s.Id), ct)).Select(s => new RecordState(type, s.Id, SpeechKey(s), s))],
            RecordType.Person => await db.Set<Person>().AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new RecordState(type, p.Id, p.Slug, new PersonSnapshot(p.Slug, new TextPair(p.Name.Zh, p.Name.En), new TextPair(p.Honorific.Zh, p.Honorific.En))))
                .ToListAsync(ct),
            RecordType.Organisation => await db.Set<Organisation>().AsNoTracking().Where(o => ids.Contains(o.Id))
                .Select(o => new RecordState(type, o.Id, o.Slug, new OrganisationSnapshot(
                    o.Slug,
                    new TextPair(o.Name.Zh, o.Name.En),
                    new TextPair(o.ShortName.Zh, o.ShortName.En),
                    o.Kind,
                    o.Parent == null ? null : new RecordRef(o.Parent.Id, o.Parent.Slug))))
                .ToListAsync(ct),
            RecordType.Theme => await db.Set<ReformTheme>().AsNoTracking().Where(t => ids.Contains(t.Id))
                .Select(t => new RecordState(type, t.Id, t.Slug, new ThemeSnapshot(
                    t.Slug,
                    new TextPair(t.Name.Zh, t.Name.En),
                    new TextPair(t.Description.Zh, t.Description.En),
                    t.Parent == null ? null : new RecordRef(t.Parent.Id, t.Parent.Slug),
                    t.SortOrder)))
                .ToListAsync(ct),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }

    public static string SpeechKey(SpeechSnapshot speech)
    {
        ArgumentNullException.ThrowIfNull(speech);
        return $"{speech.Meeting.Slug}#{speech.Anchor}";
    }

    private static async Task<List<RecordState>> MeetingsAsync(DbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var meetings = await db.Set<Meeting>().AsNoTracking().AsSplitQuery()
            .Where(m => ids.Contains(m.Id))
            .Select(m => new
            {
                m.Id,
                m.Slug,
                m.Kind,
                Series = m.Series == null ? null : new RecordRef(m.Series.Id, m.Series.Slug),
                m.SequenceNumber,
                SequenceTerm = new TextPair(m.SequenceTerm.Zh, m.SequenceTerm.En),
                m.StartDate,
                m.EndDate,
                Place = new TextPair(m.Place.Zh, m.Place.En),
                m.Format,
                Organiser = m.Organiser == null ? null : new RecordRef(m.Organiser.Id, m.Organiser.Slug),
                m.Status,
                m.Visibility,
                m.IsSample,
                m.PublishedAt,
                Texts = m.Texts.OrderBy(t => t.Language)
                    .Select(t => new MeetingTextSnapshot(t.Language, t.Title, t.StatedTheme, t.Summary, t.MinutesMarkdown, t.Provenance, t.TranslatedBy))
                    .ToList(),
                Participations = m.Participations.OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
                    .Select(p => new ParticipationSnapshot(
                        p.Id,
                        p.Role,
                        p.SortOrder,
                        p.Person == null ? null : new RecordRef(p.Person.Id, p.Person.Slug),
                        p.Organisation == null ? null : new RecordRef(p.Organisation.Id, p.Organisation.Slug),
                        p.Group == null ? null : new RecordRef(p.Group.Id, p.Group.Slug),
                        new TextPair(p.Position.Zh, p.Position.En),
                        new TextPair(p.Note.Zh, p.Note.En),
                        p.GroupSize,
                        p.GroupSizeIsMinimum))
                    .ToList(),
                Sessions = m.Sessions.OrderBy(s => s.SortOrder)
                    .Select(s => new SessionSnapshot(
                        s.Anchor, s.SortOrder, s.Date, new TextPair(s.Title.Zh, s.Title.En),
                        s.ChairPerson == null ? null : new RecordRef(s.ChairPerson.Id, s.ChairPerson.Slug)))
                    .ToList(),
                Sources = m.Sources.OrderBy(s => s.SortOrder)
                    .Select(s => new SourceSnapshot(
                        s.SortOrder,
                        m.Speeches.Where(x => x.Id == s.SpeechId).Select(x => x.Anchor).FirstOrDefault(),
                        s.Address,
                        new TextPair(s.Title.Zh, s.Title.En),
                        new TextPair(s.Publisher.Zh, s.Publisher.En),
                        s.PublishedOn,
                        s.RetrievedOn,
                        s.Language,
                        s.Copies.OrderBy(c => c.Sha256).Select(c => c.Sha256).ToList()))
                    .ToList(),
                Citations = m.Citations.OrderBy(c => c.SortOrder)
                    .Select(c => new CitationSnapshot(new RecordRef(c.Document.Id, c.Document.Slug), c.SortOrder))
                    .ToList(),
                Themes = m.Themes.OrderBy(t => t.Slug).Select(t => new RecordRef(t.Id, t.Slug)).ToList(),
            })
            .ToListAsync(ct);
        var speeches = (await SpeechesAsync(db, s => ids.Contains(s.MeetingId), ct)).ToLookup(s => s.Meeting.Id);
        return [.. meetings.Select(m => new RecordState(RecordType.Meeting, m.Id, m.Slug, new MeetingSnapshot(
            m.Slug, m.Kind, m.Series, m.SequenceNumber, m.SequenceTerm, m.StartDate, m.EndDate, m.Place, m.Format, m.Organiser,
            m.Status, m.Visibility, m.IsSample, m.PublishedAt, m.Texts, m.Participations, [.. speeches[m.Id]], m.Citations, m.Themes,
            m.Sessions, m.Sources)))];
    }

    private static Task<List<SpeechSnapshot>> SpeechesAsync(
        DbContext db, System.Linq.Expressions.Expression<Func<Speech, bool>> filter, CancellationToken ct) =>
        db.Set<Speech>().AsNoTracking().AsSplitQuery()
            .Where(filter)
            .OrderBy(s => s.MeetingId).ThenBy(s => s.SortOrder).ThenBy(s => s.Id)
            .Select(s => new SpeechSnapshot(
                s.Id,
                new RecordRef(s.Meeting.Id, s.Meeting.Slug),
                s.Anchor,
                s.SortOrder,
                s.Kind,
                s.SpeakerPerson == null ? null : new RecordRef(s.SpeakerPerson.Id, s.SpeakerPerson.Slug),
                s.SpeakerOrganisation == null ? null : new RecordRef(s.SpeakerOrganisation.Id, s.SpeakerOrganisation.Slug),
                s.Texts.OrderBy(t => t.Language)
                    .Select(t => new SpeechTextSnapshot(t.Language, t.Title, t.Summary, t.BodyMarkdown, t.Provenance, t.TranslatedBy))
                    .ToList(),
                s.Themes.OrderBy(t => t.Slug).Select(t => new RecordRef(t.Id, t.Slug)).ToList(),
                s.SpeakerGroup == null ? null : new RecordRef(s.SpeakerGroup.Id, s.SpeakerGroup.Slug),
                new TextPair(s.SpeakerDescription.Zh, s.SpeakerDescription.En),
                s.Session == null ? null : s.Session.Anchor))
            .ToListAsync(ct);
}
