using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Sample;

/// <summary>The meeting series of the sample archive.</summary>
internal sealed class SampleSeries
{
    /// <summary>The agency's English calls these "virtual seminars": seminars on principles and
    /// direction (务虚研讨会), held in person.</summary>
    public MeetingSeries StrategySeminars { get; } = new()
    {
        Slug = "party-group-strategy-seminar",
        Name = Bilingual.Of("Party Group strategy seminar", "党组务虚研讨会"),
    };

    public MeetingSeries StudySessions { get; } = new()
    {
        Slug = "party-group-study-session",
        Name = Bilingual.Of("Party Group study session", "党组学习会"),
    };

    public MeetingSeries AdvisoryCommittee { get; } = new()
    {
        Slug = "information-sciences-advisory-committee",
        Name = Bilingual.Of("Advisory committee of the Department of Information Sciences", "信息科学部专家咨询委员会"),
    };
}
