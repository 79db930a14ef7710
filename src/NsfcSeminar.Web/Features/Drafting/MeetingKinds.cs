using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>The words that name a kind of meeting or a format, in both languages, most specific first.</summary>
internal static class MeetingKinds
{
    /// <summary>"Virtual seminar" is the agency's English for 务虚研讨会, a seminar on principles
    /// and direction, not an online meeting.</summary>
    private static readonly (string Phrase, MeetingKind Kind)[] Phrases =
    [
        ("enlarged meeting of the party group", MeetingKind.EnlargedPartyGroupMeeting), ("党组（扩大）会议", MeetingKind.EnlargedPartyGroupMeeting),
        ("党组扩大会议", MeetingKind.EnlargedPartyGroupMeeting),
        ("advisory committee", MeetingKind.AdvisoryCommitteeMeeting), ("专家咨询委员会", MeetingKind.AdvisoryCommitteeMeeting),
        ("anniversary", MeetingKind.Ceremony), ("ceremony", MeetingKind.Ceremony), ("周年", MeetingKind.Ceremony), ("仪式", MeetingKind.Ceremony),
        ("annual meeting", MeetingKind.InternationalMeeting), ("年会", MeetingKind.InternationalMeeting),
        ("inspection", MeetingKind.InspectionVisit), ("调研", MeetingKind.InspectionVisit),
        ("party group meeting", MeetingKind.PartyGroupMeeting), ("meeting of the party group", MeetingKind.PartyGroupMeeting),
        ("党组会议", MeetingKind.PartyGroupMeeting), ("党组会", MeetingKind.PartyGroupMeeting),
        ("virtual seminar", MeetingKind.StrategySeminar), ("strategy seminar", MeetingKind.StrategySeminar),
        ("务虚研讨会", MeetingKind.StrategySeminar), ("务虚会", MeetingKind.StrategySeminar),
        ("plenary session", MeetingKind.PlenarySession), ("plenary meeting", MeetingKind.PlenarySession),
        ("全体会议", MeetingKind.PlenarySession), ("全委会", MeetingKind.PlenarySession),
        ("study session", MeetingKind.StudySession), ("collective study", MeetingKind.StudySession),
        ("学习会", MeetingKind.StudySession), ("集体学习", MeetingKind.StudySession), ("理论学习中心组", MeetingKind.StudySession),
        ("symposium", MeetingKind.Symposium), ("座谈会", MeetingKind.Symposium),
        ("conference", MeetingKind.Conference), ("大会", MeetingKind.Conference),
        ("seminar", MeetingKind.Seminar), ("研讨会", MeetingKind.Seminar),
    ];

    public static (MeetingKind Kind, string Phrase)? Find(string text)
    {
        foreach (var (phrase, kind) in Phrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return (kind, phrase);
            }
        }

        return null;
    }

    private static readonly string[] HybridPhrases = ["online and offline", "online and in person", "hybrid", "线上线下", "线上与线下"];

    private static readonly string[] VideoPhrases = ["video link", "videoconference", "video conference", "via video", "视频会议", "视频形式", "以视频"];

    /// <summary>The format the release states, or null: a release that does not mention video
    /// says nothing about it, and no format is assumed.</summary>
    public static MeetingFormat? FormatOf(string text) =>
        HybridPhrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase)) ? MeetingFormat.Hybrid
            : VideoPhrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase)) ? MeetingFormat.VideoLink
            : null;

    /// <summary>The series whose name has the same kind of meeting and whose other words (its
    /// body: "Party Group", "党组") appear where the release names the meeting.</summary>
    public static KnownName? Series(IEnumerable<KnownName> series, MeetingKind kind, string opening) =>
        series.FirstOrDefault(s =>
            Body(s.En, kind) is { } en && opening.Contains(en, StringComparison.OrdinalIgnoreCase)
            || Body(s.Zh, kind) is { } zh && opening.Contains(zh, StringComparison.Ordinal));

    private static string? Body(string? name, MeetingKind kind)
    {
        if (name is null || Find(name) is not { } found || found.Kind != kind)
        {
            return null;
        }

        var body = name.Replace(found.Phrase, "", StringComparison.OrdinalIgnoreCase).Trim();
        return body.Length > 0 ? body : null;
    }
}
