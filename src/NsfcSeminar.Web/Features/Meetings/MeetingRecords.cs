using System.Linq.Expressions;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>A meeting's id beside its record as a page shows it.</summary>
internal sealed record FoundMeeting(int Id, MeetingRecord Record);

internal static class MeetingRecords
{
    /// <summary>A meeting's facts and texts, its collections left empty: one row per language
    /// version (two at most). Names are read column by column: projecting a <see cref="Bilingual"/>
    /// whole made EF read every column of the named record.</summary>
    public static readonly Expression<Func<Meeting, FoundMeeting>> Facts = m => new FoundMeeting(
        m.Id,
        new MeetingRecord(
            m.Slug,
            m.Kind,
            m.Series == null ? null : new RecordLink(m.Series.Slug, new Bilingual { En = m.Series.Name.En, Zh = m.Series.Name.Zh }),
            m.SequenceNumber,
            new Bilingual { En = m.SequenceTerm.En, Zh = m.SequenceTerm.Zh },
            m.StartDate,
            m.EndDate,
            new Bilingual { En = m.Place.En, Zh = m.Place.Zh },
            m.Format,
            m.Organiser == null ? null : new RecordLink(m.Organiser.Slug, new Bilingual { En = m.Organiser.Name.En, Zh = m.Organiser.Name.Zh }),
            m.IsSample,
            m.Visibility,
            m.Texts
                .Select(t => new MeetingTextVersion(t.Language, t.Title, t.StatedTheme, t.Summary, t.MinutesMarkdown, t.Provenance, t.TranslatedBy))
                .ToList(),
            Array.Empty<CitedDocumentItem>(),
            Array.Empty<RecordLink>(),
            Array.Empty<ParticipantItem>(),
            Array.Empty<SpeechItem>(),
            Array.Empty<SessionItem>(),
            Array.Empty<SourceItem>()));
}
