using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Meetings;

namespace NsfcSeminar.Web.Features.Editing.Speeches;

/// <summary>A participant of the seminar, as the speech form offers it as a speaker.</summary>
public sealed record SeminarParticipant(ParticipantRole Role, int? PersonId, int? OrganisationId);

/// <summary>What a new speech takes from its seminar, so the editor does not enter it twice: the
/// speakers are its participants, the kind follows the speaker's role (the presiding person gives
/// the presiding speech), the language versions are the seminar's.</summary>
public static class SpeakerDefaults
{
    public static SpeechKind KindFor(ParticipantRole role) => role switch
    {
        ParticipantRole.Presiding => SpeechKind.PresidingSpeech,
        ParticipantRole.KeynoteSpeaker => SpeechKind.Keynote,
        ParticipantRole.Reporter => SpeechKind.Report,
        ParticipantRole.Guest => SpeechKind.GuestSpeech,
        ParticipantRole.InvitedScientist => SpeechKind.Speech,
        _ => SpeechKind.Discussion,
    };

    public static IReadOnlyList<SeminarParticipant> Of(MeetingInput meeting) =>
        [.. meeting.Participants.Select(p => new SeminarParticipant(p.Role, p.PersonId, p.OrganisationId))];

    /// <summary>A new speech with the seminar's language versions open, each marked as the
    /// seminar's is (a seminar recorded only in English gets no required Chinese version).</summary>
    public static SpeechInput NewFor(int meetingId, MeetingInput meeting)
    {
        var speech = SpeechInput.New(meetingId);
        var present = meeting.Texts.Where(t => t.Present).ToList();
        if (present.Count == 0)
        {
            return speech;
        }

        foreach (var text in speech.Texts)
        {
            var seminars = present.FirstOrDefault(t => t.Language == text.Language);
            text.Present = seminars is not null;
            text.Provenance = seminars?.Provenance ?? text.Provenance;
        }

        return speech;
    }

    /// <summary>A speech for a participant: they speak (for the organisation they represented), and
    /// the kind follows their role.</summary>
    public static void Assign(SpeechInput speech, SeminarParticipant participant)
    {
        speech.SpeakerPersonId = participant.PersonId;
        speech.SpeakerOrganisationId = participant.OrganisationId;
        speech.Kind = KindFor(participant.Role);
    }

    /// <summary>Whether the speech is the participant's (a person's, or an organisation's own).</summary>
    public static bool Gives(SpeechInput speech, SeminarParticipant participant) => participant.PersonId is not null
        ? speech.SpeakerPersonId == participant.PersonId
        : speech.SpeakerPersonId is null && speech.SpeakerOrganisationId == participant.OrganisationId;

    /// <summary>A person was picked as the speaker: a participant's organisation comes along, and
    /// the kind follows their role unless the editor chose one.</summary>
    public static void PersonPicked(SpeechInput speech, IReadOnlyList<SeminarParticipant> participants, bool kindChosen)
    {
        var participant = participants.FirstOrDefault(p => p.PersonId is not null && p.PersonId == speech.SpeakerPersonId);
        if (participant is null)
        {
            return;
        }

        speech.SpeakerOrganisationId ??= participant.OrganisationId;
        if (!kindChosen)
        {
            speech.Kind = KindFor(participant.Role);
        }
    }

    /// <summary>An organisation was picked as the speaker (a bureau that reported): its role decides
    /// the kind when no person speaks for it.</summary>
    public static void OrganisationPicked(SpeechInput speech, IReadOnlyList<SeminarParticipant> participants, bool kindChosen)
    {
        var participant = participants.FirstOrDefault(p => p.PersonId is null && p.OrganisationId is not null && p.OrganisationId == speech.SpeakerOrganisationId);
        if (participant is not null && speech.SpeakerPersonId is null && !kindChosen)
        {
            speech.Kind = KindFor(participant.Role);
        }
    }
}
