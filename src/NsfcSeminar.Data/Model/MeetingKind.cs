namespace NsfcSeminar.Data.Model;

public enum MeetingKind
{
    Seminar,

    /// <summary>A 务虚研讨会: a seminar on principles and direction. "Virtual" in the agency's
    /// English means this, not an online meeting.</summary>
    StrategySeminar,
    StudySession,
    PlenarySession,
    Symposium,
    Conference,

    /// <summary>党组会议: a meeting of the foundation's Party Group.</summary>
    PartyGroupMeeting,

    /// <summary>党组（扩大）会议: a Party Group meeting enlarged to heads of departments and bureaus.</summary>
    EnlargedPartyGroupMeeting,

    /// <summary>专家咨询委员会会议: a meeting of a science department's advisory committee.</summary>
    AdvisoryCommitteeMeeting,

    /// <summary>调研 with a 座谈会: a visit to an institution or region, with a symposium there.</summary>
    InspectionVisit,

    /// <summary>An international meeting the foundation hosts (an annual meeting of a council of funders).</summary>
    InternationalMeeting,

    /// <summary>An anniversary or award ceremony.</summary>
    Ceremony,
}
