using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Meetings;
using NsfcSeminar.Web.Features.Editing.Speeches;

namespace NsfcSeminar.Web.Tests.Features.Editing;

public sealed class SpeakerDefaultsTests
{
    private static readonly SeminarParticipant Dou = new(ParticipantRole.Presiding, 1, null);
    private static readonly SeminarParticipant Liu = new(ParticipantRole.KeynoteSpeaker, 2, 20);
    private static readonly SeminarParticipant Bureau = new(ParticipantRole.Reporter, null, 30);
    private static readonly SeminarParticipant[] Participants = [Dou, Liu, Bureau];

    [Fact]
    public void The_presiding_person_picked_as_speaker_gives_the_presiding_speech()
    {
        var speech = SpeechInput.New(7);
        speech.SpeakerPersonId = 1;

        SpeakerDefaults.PersonPicked(speech, Participants, kindChosen: false);

        Assert.Equal(SpeechKind.PresidingSpeech, speech.Kind);
    }

    [Fact]
    public void A_keynote_speaker_brings_the_organisation_they_represented()
    {
        var speech = SpeechInput.New(7);
        speech.SpeakerPersonId = 2;

        SpeakerDefaults.PersonPicked(speech, Participants, kindChosen: false);

        Assert.Equal(SpeechKind.Keynote, speech.Kind);
        Assert.Equal(20, speech.SpeakerOrganisationId);
    }

    [Fact]
    public void A_reporting_bureau_picked_as_speaker_gives_a_report()
    {
        var speech = SpeechInput.New(7);
        speech.Kind = SpeechKind.Discussion;
        speech.SpeakerOrganisationId = 30;

        SpeakerDefaults.OrganisationPicked(speech, Participants, kindChosen: false);

        Assert.Equal(SpeechKind.Report, speech.Kind);
    }

    [Fact]
    public void A_kind_the_editor_chose_stays_when_the_speaker_changes()
    {
        var speech = SpeechInput.New(7);
        speech.Kind = SpeechKind.ClosingRemarks;
        speech.SpeakerPersonId = 1;

        SpeakerDefaults.PersonPicked(speech, Participants, kindChosen: true);

        Assert.Equal(SpeechKind.ClosingRemarks, speech.Kind);
    }

    [Fact]
    public void Someone_who_is_not_a_participant_leaves_the_kind_as_it_was()
    {
        var speech = SpeechInput.New(7);
        speech.SpeakerPersonId = 99;

        SpeakerDefaults.PersonPicked(speech, Participants, kindChosen: false);

        Assert.Equal(SpeechKind.Report, speech.Kind);
        Assert.Null(speech.SpeakerOrganisationId);
    }

    [Fact]
    public void A_seminar_recorded_only_in_English_gets_no_required_Chinese_version()
    {
        var seminar = new MeetingInput();
        seminar.Text(Language.En).Present = true;
        seminar.Text(Language.En).Provenance = TextProvenance.EditorialSummary;

        var speech = SpeakerDefaults.NewFor(7, seminar);

        Assert.False(speech.Text(Language.Zh).Present);
        Assert.True(speech.Text(Language.En).Present);
        Assert.Equal(TextProvenance.EditorialSummary, speech.Text(Language.En).Provenance);
    }

    [Fact]
    public void A_bilingual_seminar_gets_both_versions()
    {
        var seminar = MeetingInput.New();
        seminar.Text(Language.En).Present = true;

        var speech = SpeakerDefaults.NewFor(7, seminar);

        Assert.True(speech.Text(Language.Zh).Present);
        Assert.True(speech.Text(Language.En).Present);
    }

    [Fact]
    public void A_speech_assigned_to_a_participant_is_theirs_in_the_kind_of_their_role()
    {
        var speech = SpeechInput.New(7);

        SpeakerDefaults.Assign(speech, Bureau);

        Assert.Equal((null, 30, SpeechKind.Report), (speech.SpeakerPersonId, speech.SpeakerOrganisationId, speech.Kind));
        Assert.True(SpeakerDefaults.Gives(speech, Bureau));
        Assert.False(SpeakerDefaults.Gives(speech, Liu));
    }
}
