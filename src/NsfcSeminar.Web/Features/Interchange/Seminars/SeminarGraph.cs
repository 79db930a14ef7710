using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.Web.Features.Interchange.Seminars;

/// <summary>Builds the entities of a checked seminar record, every reference already resolved to
/// an id. Theme links go through <paramref name="theme"/>, which hands out one tracked stub per
/// theme so that no theme row is loaded or written.</summary>
internal static class SeminarGraph
{
    public static Meeting Build(SeminarRecord record, ArchiveSlugs slugs, Func<int, ReformTheme> theme)
    {
        var meeting = new Meeting { Slug = record.Slug };
        CopyFields(record, meeting, slugs);
        foreach (var (language, text) in record.Texts.All())
        {
            meeting.Texts.Add(new MeetingText
            {
                Language = language,
                Title = text.Title,
                StatedTheme = text.StatedTheme,
                Summary = text.Summary,
                MinutesMarkdown = text.MinutesMarkdown,
                Provenance = text.Provenance,
                TranslatedBy = text.TranslatedBy,
            });
        }

        meeting.Themes.AddRange(record.Themes.Select(slug => theme(slugs.Themes.Id(slug))));
        meeting.Citations.AddRange(record.Citations.Select((slug, i) => new MeetingCitation { DocumentId = slugs.Documents.Id(slug), SortOrder = i + 1 }));
        meeting.Participations.AddRange(record.Participants.Select((p, i) => new Participation
        {
            Role = p.Role,
            SortOrder = i + 1,
            PersonId = slugs.People.IdOrNull(p.Person),
            GroupId = slugs.Groups.IdOrNull(p.Group),
            OrganisationId = slugs.Organisations.IdOrNull(p.Organisation),
            Position = p.Position?.ToBilingual() ?? new Bilingual(),
            Note = p.Note?.ToBilingual() ?? new Bilingual(),
            GroupSize = p.GroupSize,
            GroupSizeIsMinimum = p.GroupSizeIsMinimum ?? false,
        }));
        meeting.Sessions.AddRange(SourceGraph.Sessions(record.Sessions, slugs));
        meeting.Speeches.AddRange(record.Speeches.Select((s, i) => Speech(s, i + 1, meeting.Sessions, slugs, theme)));
        meeting.Sources.AddRange(SourceGraph.Sources(record.Sources, meeting.Speeches));
        return meeting;
    }

    /// <summary>The meeting's own fields (not what it owns), for creating and for updating.</summary>
    public static void CopyFields(SeminarRecord record, Meeting meeting, ArchiveSlugs slugs)
    {
        meeting.Kind = record.Kind;
        meeting.SeriesId = slugs.Series.IdOrNull(record.Series);
        meeting.SequenceNumber = record.SequenceNumber;
        meeting.SequenceTerm = record.SequenceTerm?.ToBilingual() ?? new Bilingual();
        meeting.StartDate = record.StartDate;
        meeting.EndDate = record.EndDate;
        meeting.Place = record.Place?.ToBilingual() ?? new Bilingual();
        meeting.Format = record.Format;
        meeting.OrganiserId = slugs.Organisations.IdOrNull(record.Organiser);
        meeting.Status = record.Status;
        meeting.Visibility = record.Visibility;

        // PostgreSQL keeps microseconds, in UTC; trimming here makes a re-import compare equal.
        meeting.PublishedAt = record.PublishedAt is { } at
            ? new DateTimeOffset(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero)
            : null;
        meeting.IsSample = record.Sample ?? false;
    }

    private static Speech Speech(
        SpeechRecord record, int sortOrder, List<MeetingSession> sessions, ArchiveSlugs slugs, Func<int, ReformTheme> theme)
    {
        var speech = new Speech
        {
            Anchor = record.Anchor,
            SortOrder = sortOrder,
            Kind = record.Kind,
            SpeakerPersonId = slugs.People.IdOrNull(record.Person),
            SpeakerOrganisationId = slugs.Organisations.IdOrNull(record.Organisation),
            SpeakerGroupId = slugs.Groups.IdOrNull(record.Group),
            SpeakerDescription = record.SpeakerDescription?.ToBilingual() ?? new Bilingual(),
            Session = sessions.Find(s => s.Anchor == record.Session),
        };
        foreach (var (language, text) in record.Texts.All())
        {
            speech.Texts.Add(new SpeechText
            {
                Language = language,
                Title = text.Title ?? "",
                Summary = text.Summary,
                BodyMarkdown = text.BodyMarkdown,
                Provenance = text.Provenance,
                TranslatedBy = text.TranslatedBy,
            });
        }

        speech.Themes.AddRange(record.Themes.Select(slug => theme(slugs.Themes.Id(slug))));
        return speech;
    }
}
