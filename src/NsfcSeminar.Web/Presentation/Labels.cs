using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Presentation;

/// <summary>The resource keys of the model's enumerations' wording; components pass them through
/// the string localizer, whose resources word them in each language.</summary>
internal static class Labels
{
    public static string Of(SpeechKind kind) => kind switch
    {
        SpeechKind.PresidingSpeech => "Presentation.PresidingSpeech",
        SpeechKind.Keynote => "Presentation.KeynoteSpeech",
        SpeechKind.Report => "Presentation.Report",
        SpeechKind.Discussion => "Presentation.DiscussionRemarks",
        SpeechKind.ClosingRemarks => "Presentation.ClosingRemarks",
        SpeechKind.Speech => "Presentation.Speech",
        SpeechKind.GuestSpeech => "Presentation.GuestSpeech",
        SpeechKind.QuestionAndAnswer => "Presentation.QuestionsAndAnswers",
        SpeechKind.WrittenStatement => "Presentation.WrittenStatement",
        _ => kind.ToString(),
    };

    public static string Of(ParticipantRole role) => role switch
    {
        ParticipantRole.Presiding => "Presentation.Presiding",
        ParticipantRole.KeynoteSpeaker => "Presentation.KeynoteSpeakers",
        ParticipantRole.Reporter => "Presentation.Reporting",
        ParticipantRole.InvitedScientist => "Presentation.InvitedScientistRepresentatives",
        ParticipantRole.Attendee => "Presentation.Attending",
        ParticipantRole.Guest => "Presentation.Guests",
        _ => role.ToString(),
    };

    public static string Of(MeetingKind kind) => kind switch
    {
        MeetingKind.StrategySeminar => "Presentation.StrategySeminar",
        MeetingKind.StudySession => "Presentation.StudySession",
        MeetingKind.PlenarySession => "Presentation.PlenarySession",
        MeetingKind.Symposium => "Presentation.Symposium",
        MeetingKind.Conference => "Presentation.Conference",
        MeetingKind.PartyGroupMeeting => "Presentation.PartyGroupMeeting",
        MeetingKind.EnlargedPartyGroupMeeting => "Presentation.EnlargedPartyGroupMeeting",
        MeetingKind.AdvisoryCommitteeMeeting => "Presentation.AdvisoryCommitteeMeeting",
        MeetingKind.InspectionVisit => "Presentation.InspectionVisitAndSymposium",
        MeetingKind.InternationalMeeting => "Presentation.InternationalMeeting",
        MeetingKind.Ceremony => "Presentation.Ceremony",
        _ => "Editing.Seminar",
    };

    /// <summary>Null is a value: the sources do not say, and the portal does not guess.</summary>
    public static string Of(MeetingFormat? format) => format switch
    {
        MeetingFormat.VideoLink => "Presentation.ByVideoLink",
        MeetingFormat.Hybrid => "Presentation.InPersonAndByVideoLink",
        MeetingFormat.InPerson => "Presentation.InPerson",
        _ => "Editing.NotStatedInTheSources",
    };

    public static string Of(TextProvenance provenance) => provenance switch
    {
        TextProvenance.Original => "Presentation.OriginalText",
        TextProvenance.Translation => "Presentation.Translation",
        _ => "Presentation.SummaryWrittenByThePortalsEditors",
    };

    public static string Of(OrganisationKind? kind) => kind switch
    {
        OrganisationKind.Foundation => "Presentation.Foundation",
        OrganisationKind.PartyBody => "Presentation.PartyBody",
        OrganisationKind.Bureau => "Presentation.Bureau",
        OrganisationKind.ScienceDepartment => "Presentation.ScienceDepartment",
        OrganisationKind.Committee => "Presentation.Committee",
        OrganisationKind.University => "Presentation.University",
        OrganisationKind.ResearchInstitute => "Presentation.ResearchInstitute",
        OrganisationKind.Ministry => "Presentation.Ministry",
        OrganisationKind.Commission => "Presentation.Commission",
        OrganisationKind.AuditBody => "Presentation.AuditBody",
        OrganisationKind.InspectionGroup => "Presentation.InspectionGroup",
        OrganisationKind.GovernmentBody => "Presentation.GovernmentBody",
        OrganisationKind.InternationalOrganisation => "Presentation.InternationalOrganisation",
        OrganisationKind.ForeignAgency => "Presentation.ForeignAgency",
        OrganisationKind.AcademyOrSociety => "Presentation.AcademyOrSociety",
        OrganisationKind.Programme => "Presentation.Programme",
        null => "Presentation.KindNotStatedInTheSources",
        _ => "Drafting.Organisation",
    };

    public static string Of(DocumentKind kind) => kind switch
    {
        DocumentKind.PartyCongress => "Presentation.PartyCongress",
        DocumentKind.PlenarySession => "Presentation.PlenarySession",
        DocumentKind.Conference => "Presentation.Conference",
        DocumentKind.Speech => "Presentation.Speech",
        DocumentKind.Regulation => "Presentation.Regulation",
        DocumentKind.Policy => "Presentation.Policy",
        _ => "Presentation.Document",
    };
}
