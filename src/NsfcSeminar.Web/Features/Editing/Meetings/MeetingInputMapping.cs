using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.Web.Features.Editing.Meetings;

/// <summary>The one place that copies between the seminar form and the entities, field by field.</summary>
internal static class MeetingInputMapping
{
    public static MeetingInput ToInput(Meeting meeting)
    {
        var input = new MeetingInput
        {
            Id = meeting.Id,
            Version = meeting.Version,
            Slug = meeting.Slug,
            Kind = meeting.Kind,
            SeriesId = meeting.SeriesId,
            SequenceNumber = meeting.SequenceNumber,
            SequenceTerm = BilingualInput.From(meeting.SequenceTerm),
            StartDate = meeting.StartDate,
            EndDate = meeting.EndDate,
            Place = BilingualInput.From(meeting.Place),
            Format = meeting.Format,
            OrganiserId = meeting.OrganiserId,
            Status = meeting.Status,
            Visibility = meeting.Visibility,
            Participants = meeting.Participations.OrderBy(p => p.SortOrder).Select(p => new ParticipantInput
            {
                Id = p.Id,
                Role = p.Role,
                PersonId = p.PersonId,
                OrganisationId = p.OrganisationId,
                GroupId = p.GroupId,
                Position = BilingualInput.From(p.Position),
            }).ToList(),
            CitedDocumentIds = meeting.Citations.OrderBy(c => c.SortOrder).Select(c => c.DocumentId).ToList(),
            ThemeIds = meeting.Themes.Select(t => t.Id).Order().ToList(),
        };
        foreach (var text in meeting.Texts)
        {
            var target = input.Text(text.Language);
            target.Present = true;
            target.Title = text.Title;
            target.StatedTheme = text.StatedTheme;
            target.Summary = text.Summary;
            target.MinutesMarkdown = text.MinutesMarkdown;
            target.Provenance = text.Provenance;
            target.TranslatedBy = text.TranslatedBy;
        }

        return input;
    }

    /// <summary>The input as a save stores it (trimmed, blanks as none, one citation per document):
    /// what the stored seminar is confirmed against.</summary>
    public static MeetingInput AsStored(MeetingInput input)
    {
        var meeting = new Meeting { Slug = "" };
        Apply(input, meeting, [.. input.ThemeIds.Distinct().Select(id => new ReformTheme { Id = id, Slug = "" })]);
        return ToInput(meeting);
    }

    /// <summary>Copies the form onto a tracked meeting (with its texts, participations, citations
    /// and themes loaded). Themes are passed in already loaded by id.</summary>
    public static void Apply(MeetingInput input, Meeting meeting, IReadOnlyList<ReformTheme> themes)
    {
        meeting.Slug = input.Slug.Trim();
        meeting.Kind = input.Kind;
        meeting.SeriesId = input.SeriesId;
        meeting.SequenceNumber = input.SequenceNumber;
        meeting.SequenceTerm = input.SequenceTerm.ToBilingual();
        meeting.StartDate = input.StartDate ?? throw new InvalidOperationException("Validated: a start date is required.");
        meeting.EndDate = input.EndDate == input.StartDate ? null : input.EndDate;
        meeting.Place = input.Place.ToBilingual();
        meeting.Format = input.Format;
        meeting.OrganiserId = input.OrganiserId;
        meeting.Status = input.Status;
        meeting.Visibility = input.Visibility;
        ApplyTexts(input, meeting);
        ApplyParticipants(input, meeting);
        ApplyCitations(input, meeting);
        meeting.Themes.RemoveAll(t => !input.ThemeIds.Contains(t.Id));
        meeting.Themes.AddRange(themes.Where(t => meeting.Themes.All(existing => existing.Id != t.Id)));
    }

    private static void ApplyTexts(MeetingInput input, Meeting meeting)
    {
        foreach (var version in input.Texts)
        {
            var text = meeting.Texts.FirstOrDefault(t => t.Language == version.Language);
            if (!version.Present)
            {
                if (text is not null)
                {
                    meeting.Texts.Remove(text);
                }

                continue;
            }

            if (text is null)
            {
                text = new MeetingText { Language = version.Language, Title = "" };
                meeting.Texts.Add(text);
            }

            text.Title = version.Title.Trim();
            text.StatedTheme = BilingualInput.Clean(version.StatedTheme);
            text.Summary = BilingualInput.Clean(version.Summary);
            text.MinutesMarkdown = string.IsNullOrWhiteSpace(version.MinutesMarkdown) ? null : version.MinutesMarkdown;
            text.Provenance = version.Provenance;
            text.TranslatedBy = version.Provenance == TextProvenance.Translation ? BilingualInput.Clean(version.TranslatedBy) : null;
        }
    }

    private static void ApplyParticipants(MeetingInput input, Meeting meeting)
    {
        meeting.Participations.RemoveAll(p => input.Participants.All(i => i.Id != p.Id));
        for (var index = 0; index < input.Participants.Count; index++)
        {
            var row = input.Participants[index];
            var participation = row.Id is { } id ? meeting.Participations.FirstOrDefault(p => p.Id == id) : null;
            if (participation is null)
            {
                participation = new Participation();
                meeting.Participations.Add(participation);
            }

            participation.Role = row.Role;
            participation.PersonId = row.PersonId;
            participation.OrganisationId = row.OrganisationId;
            participation.GroupId = row.PersonId is null ? row.GroupId : null;
            participation.Position = row.Position.ToBilingual();
            participation.SortOrder = index + 1;
        }
    }

    private static void ApplyCitations(MeetingInput input, Meeting meeting)
    {
        var wanted = input.CitedDocumentIds.Distinct().ToList();
        meeting.Citations.RemoveAll(c => !wanted.Contains(c.DocumentId));
        for (var index = 0; index < wanted.Count; index++)
        {
            var citation = meeting.Citations.FirstOrDefault(c => c.DocumentId == wanted[index]);
            if (citation is null)
            {
                citation = new MeetingCitation { DocumentId = wanted[index] };
                meeting.Citations.Add(citation);
            }

            citation.SortOrder = index + 1;
        }
    }
}
