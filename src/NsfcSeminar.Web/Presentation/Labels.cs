using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Presentation;

/// <summary>The resource keys of the model's enumerations' wording; components pass them through
/// the string localizer, whose resources word them in each language.</summary>
internal static class Labels
{
    public static string Of(SpeechKind kind) => kind switch
    {
        SpeechKind.PresidingSpeech => "Presiding speech",
        SpeechKind.Keynote => "Keynote speech",
        SpeechKind.Report => "Report",
        SpeechKind.Discussion => "Discussion remarks",
        SpeechKind.ClosingRemarks => "Closing remarks",
        SpeechKind.Speech => "Speech",
        SpeechKind.GuestSpeech => "Guest speech",
        SpeechKind.QuestionAndAnswer => "Questions and answers",
        SpeechKind.WrittenStatement => "Written statement",
        _ => kind.ToString(),
    };

    public static string Of(ParticipantRole role) => role switch
    {
        ParticipantRole.Presiding => "Presiding",
        ParticipantRole.KeynoteSpeaker => "Keynote speakers",
        ParticipantRole.Reporter => "Reporting",
        ParticipantRole.InvitedScientist => "Invited scientist representatives",
        ParticipantRole.Attendee => "Attending",
        ParticipantRole.Guest => "Guests",
        _ => role.ToString(),
    };

    public static string Of(MeetingKind kind) => kind switch
    {
        MeetingKind.StrategySeminar => "Strategy seminar",
        MeetingKind.StudySession => "Study session",
        MeetingKind.PlenarySession => "Plenary session",
        MeetingKind.Symposium => "Symposium",
        MeetingKind.Conference => "Conference",
        MeetingKind.PartyGroupMeeting => "Party Group meeting",
        MeetingKind.EnlargedPartyGroupMeeting => "Enlarged Party Group meeting",
        MeetingKind.AdvisoryCommitteeMeeting => "Advisory committee meeting",
        MeetingKind.InspectionVisit => "Inspection visit and symposium",
        MeetingKind.InternationalMeeting => "International meeting",
        MeetingKind.Ceremony => "Ceremony",
        _ => "Seminar",
    };

    /// <summary>Null is a value: the sources do not say, and the portal does not guess.</summary>
    public static string Of(MeetingFormat? format) => format switch
    {
        MeetingFormat.VideoLink => "By video link",
        MeetingFormat.Hybrid => "In person and by video link",
        MeetingFormat.InPerson => "In person",
        _ => "Not stated in the sources",
    };

    public static string Of(TextProvenance provenance) => provenance switch
    {
        TextProvenance.Original => "Original text",
        TextProvenance.Translation => "Translation",
        _ => "Summary written by the portal's editors, not the agency's text",
    };

    public static string Of(OrganisationKind? kind) => kind switch
    {
        OrganisationKind.Foundation => "Foundation",
        OrganisationKind.PartyBody => "Party body",
        OrganisationKind.Bureau => "Bureau",
        OrganisationKind.ScienceDepartment => "Science department",
        OrganisationKind.Committee => "Committee",
        OrganisationKind.University => "University",
        OrganisationKind.ResearchInstitute => "Research institute",
        OrganisationKind.Ministry => "Ministry",
        OrganisationKind.Commission => "Commission",
        OrganisationKind.AuditBody => "Audit body",
        OrganisationKind.InspectionGroup => "Inspection group",
        OrganisationKind.GovernmentBody => "Government body",
        OrganisationKind.InternationalOrganisation => "International organisation",
        OrganisationKind.ForeignAgency => "Foreign agency",
        OrganisationKind.AcademyOrSociety => "Academy or society",
        OrganisationKind.Programme => "Programme",
        null => "Kind not stated in the sources",
        _ => "Organisation",
    };

    public static string Of(DocumentKind kind) => kind switch
    {
        DocumentKind.PartyCongress => "Party congress",
        DocumentKind.PlenarySession => "Plenary session",
        DocumentKind.Conference => "Conference",
        DocumentKind.Speech => "Speech",
        DocumentKind.Regulation => "Regulation",
        DocumentKind.Policy => "Policy",
        _ => "Document",
    };
}
