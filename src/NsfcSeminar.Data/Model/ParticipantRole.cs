namespace NsfcSeminar.Data.Model;

public enum ParticipantRole
{
    Presiding,
    KeynoteSpeaker,
    Reporter,
    InvitedScientist,
    Attendee,
    Guest,
}
