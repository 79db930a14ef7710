namespace NsfcSeminar.Data.Model;

public enum MeetingFormat
{
    InPerson,
    VideoLink,
    Hybrid,
}
