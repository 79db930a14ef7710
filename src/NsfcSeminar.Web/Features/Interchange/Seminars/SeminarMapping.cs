using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.Web.Features.Interchange.Seminars;

/// <summary>Seminar records to entities and back. The one place that decides how a seminar looks
/// in a bundle: order of participants, speeches and citations as in the meeting, theme sets
/// sorted by slug, timestamps in UTC.</summary>
internal static class SeminarMapping
{
    public static SeminarRecord ToRecord(LoadedSeminar loaded, ArchiveSlugs slugs)
    {
        var m = loaded.Meeting;
        return new SeminarRecord
        {
            Slug = m.Slug,
            Kind = m.Kind,
            Series = slugs.Series.SlugOf(m.SeriesId),
            SequenceNumber = m.SequenceNumber,
            SequenceTerm = BilingualText.From(m.SequenceTerm),
            StartDate = m.StartDate,
            EndDate = m.EndDate,
            Place = BilingualText.From(m.Place),
            Format = m.Format,
            Organiser = slugs.Organisations.SlugOf(m.OrganiserId),
            Status = m.Status,
            Visibility = m.Visibility,
            PublishedAt = m.PublishedAt?.ToUniversalTime(),
            Sample = m.IsSample ? true : null,
            Texts = new LanguageVersions<MeetingTextRecord>(
                MeetingText(loaded.Texts, Language.Zh), MeetingText(loaded.Texts, Language.En)),
            Themes = ThemeSlugs(loaded.ThemeIds, slugs),
            Citations = [.. loaded.Citations.OrderBy(c => c.SortOrder).ThenBy(c => c.DocumentId).Select(c => slugs.Documents.SlugOf(c.DocumentId)!)],
            Participants = [.. loaded.Participants.OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => Participant(p, slugs))],
            Speeches = [.. loaded.Speeches.OrderBy(s => s.Speech.SortOrder).ThenBy(s => s.Speech.Id).Select(s => Speech(s, loaded.Sessions, slugs))],
            Sessions = [.. loaded.Sessions.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => SourceGraph.ToRecord(s, slugs))],
            Sources = [.. loaded.Sources.OrderBy(s => s.Source.SortOrder).ThenBy(s => s.Source.Id)
                .Select(s => SourceGraph.ToRecord(s, id => loaded.Speeches.First(x => x.Speech.Id == id).Speech.Anchor))],
        };
    }

    private static ParticipantRecord Participant(Participation p, ArchiveSlugs slugs) => new()
    {
        Role = p.Role,
        Person = slugs.People.SlugOf(p.PersonId),
        Group = slugs.Groups.SlugOf(p.GroupId),
        Organisation = slugs.Organisations.SlugOf(p.OrganisationId),
        Position = BilingualText.From(p.Position),
        Note = BilingualText.From(p.Note),
        GroupSize = p.GroupSize,
        GroupSizeIsMinimum = p.GroupSizeIsMinimum ? true : null,
    };

    private static SpeechRecord Speech(LoadedSpeech loaded, List<MeetingSession> sessions, ArchiveSlugs slugs) => new()
    {
        Anchor = loaded.Speech.Anchor,
        Kind = loaded.Speech.Kind,
        Person = slugs.People.SlugOf(loaded.Speech.SpeakerPersonId),
        Organisation = slugs.Organisations.SlugOf(loaded.Speech.SpeakerOrganisationId),
        Group = slugs.Groups.SlugOf(loaded.Speech.SpeakerGroupId),
        SpeakerDescription = BilingualText.From(loaded.Speech.SpeakerDescription),
        Session = loaded.Speech.Session?.Anchor ?? sessions.Find(s => s.Id == loaded.Speech.SessionId && s.Id != 0)?.Anchor,
        Themes = ThemeSlugs(loaded.ThemeIds, slugs),
        Texts = new LanguageVersions<SpeechTextRecord>(SpeechText(loaded.Texts, Language.Zh), SpeechText(loaded.Texts, Language.En)),
    };

    private static string[] ThemeSlugs(List<int> ids, ArchiveSlugs slugs) =>
        [.. ids.Select(id => slugs.Themes.SlugOf(id)!).Order(StringComparer.Ordinal)];

    private static MeetingTextRecord? MeetingText(List<MeetingText> texts, Language language) =>
        texts.Find(t => t.Language == language) is { } t
            ? new MeetingTextRecord
            {
                Title = t.Title,
                StatedTheme = t.StatedTheme,
                Summary = t.Summary,
                MinutesMarkdown = t.MinutesMarkdown,
                Provenance = t.Provenance,
                TranslatedBy = t.TranslatedBy,
            }
            : null;

    private static SpeechTextRecord? SpeechText(List<SpeechText> texts, Language language) =>
        texts.Find(t => t.Language == language) is { } t
            ? new SpeechTextRecord
            {
                Title = string.IsNullOrEmpty(t.Title) ? null : t.Title,
                Summary = t.Summary,
                BodyMarkdown = t.BodyMarkdown,
                Provenance = t.Provenance,
                TranslatedBy = t.TranslatedBy,
            }
            : null;
}
