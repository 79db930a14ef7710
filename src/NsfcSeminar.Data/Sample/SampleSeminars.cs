using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Sample;

/// <summary>
/// Invented seminars, marked as samples in their titles and by <see cref="Meeting.IsSample"/>,
/// so that lists, people and themes have something to compare. Among them: one staff-only
/// seminar and one draft, which anonymous readers must never see.
/// </summary>
internal static class SampleSeminars
{
    public static IEnumerable<Meeting> Build(SampleSeries series, SampleBodies bodies, SamplePeople people, SampleThemes themes)
    {
        yield return StudySession2023(series, bodies, people, themes);
        yield return AdvisorySymposium2024(series, bodies, people, themes);
        yield return FirstStrategySeminar2025(series, bodies, people, themes);
        yield return StaffOnlyBriefing2025(series, bodies, people, themes);
        yield return DraftSeminar2025(series, bodies, people);
    }

    private static Meeting Sample(string slug, MeetingKind kind, MeetingSeries? series, int? sequence, DateOnly date, MeetingFormat format,
        Organisation organiser, string titleEn, string titleZh, string summaryEn, string summaryZh,
        Visibility visibility = Visibility.Public, PublicationStatus status = PublicationStatus.Published)
    {
        var meeting = new Meeting
        {
            Slug = slug,
            Kind = kind,
            Series = series,
            SequenceNumber = sequence,
            StartDate = date,
            Place = Bilingual.Of("Beijing", "北京"),
            Format = format,
            Organiser = organiser,
            Status = status,
            Visibility = visibility,
            IsSample = true,
        };
        meeting.Texts.Add(new MeetingText
        {
            Language = Language.En,
            Title = $"{titleEn} (sample record)",
            Summary = summaryEn,
            Provenance = TextProvenance.Original,
        });
        meeting.Texts.Add(new MeetingText
        {
            Language = Language.Zh,
            Title = $"{titleZh}（示例记录）",
            Summary = summaryZh,
            Provenance = TextProvenance.Translation,
            TranslatedBy = "NsfcSeminar editors",
        });
        return meeting;
    }

    private static Meeting StudySession2023(SampleSeries series, SampleBodies bodies, SamplePeople people, SampleThemes themes)
    {
        var meeting = Sample("2023-06-15-party-group-study-session-sample", MeetingKind.StudySession, series.StudySessions, 3,
            new DateOnly(2023, 6, 15), MeetingFormat.InPerson, bodies.PartyGroup,
            "Party Group study session on research integrity", "党组学习会：科研诚信",
            "An invented study session on research integrity, used to show how the archive links people and themes across meetings.",
            "虚构的学习会，用于展示档案如何跨会议关联人物与主题。");
        meeting.Themes.Add(themes["research-integrity-and-environment"]);
        meeting.Add(ParticipantRole.Presiding, people.SampleOfficial, "Deputy Secretary General (sample)", "副秘书长（示例）");
        meeting.Add(ParticipantRole.Reporter, people.SampleResearcher, "Professor (sample)", "教授（示例）", bodies.PekingUniversity);
        meeting.Add(ParticipantRole.Attendee, bodies.BureauLevelCadres);
        meeting.AddSpeech("report-on-misconduct-cases", SpeechKind.Report, people.SampleResearcher, bodies.PekingUniversity,
                themes["research-misconduct"], themes["academic-ethics"])
            .In(Language.En, "What misconduct cases teach reviewers", """
                An invented report: three kinds of misconduct recur in review, and each calls for a
                different safeguard. **Sample text, not a real speech.**
                """, TextProvenance.Original);
        meeting.AddSpeech("closing-remarks", SpeechKind.ClosingRemarks, people.SampleOfficial, null, themes["discipline"])
            .In(Language.Zh, "总结讲话", """
                虚构的总结讲话：纪律建设要常抓不懈。**示例文本，并非真实讲话。**
                """, TextProvenance.Original);
        return meeting;
    }

    private static Meeting AdvisorySymposium2024(SampleSeries series, SampleBodies bodies, SamplePeople people, SampleThemes themes)
    {
        var meeting = Sample("2024-04-10-information-sciences-advisory-symposium-sample", MeetingKind.Symposium, series.AdvisoryCommittee, 1,
            new DateOnly(2024, 4, 10), MeetingFormat.Hybrid, bodies.InformationSciences,
            "Advisory committee symposium on young scientists", "专家咨询委员会研讨会：青年科学家",
            "An invented symposium of the Department of Information Sciences' advisory committee, half in the room and half by video link.",
            "信息科学部专家咨询委员会的虚构研讨会，线下与视频相结合。");
        meeting.Themes.Add(themes["talent"]);
        meeting.Add(ParticipantRole.Presiding, people.SampleResearcher, "Chair of the advisory committee (sample)", "咨询委员会主任（示例）");
        meeting.Add(ParticipantRole.KeynoteSpeaker, people.LiuZhongfan, "Academician (sample appearance)", "院士（示例出席）", bodies.PekingUniversity);
        meeting.Add(ParticipantRole.Attendee, bodies.PartTimeDirectors);
        meeting.AddSpeech("keynote-on-young-scientists", SpeechKind.Keynote, people.LiuZhongfan, bodies.PekingUniversity,
                themes["young-scientists"], themes["free-exploration"])
            .In(Language.Zh, "让青年科学家自由探索", """
                虚构的主旨报告：青年科学家需要**稳定的支持**和自由探索的空间。示例文本，并非真实讲话。
                """, TextProvenance.Original)
            .In(Language.En, "Letting young scientists explore freely", """
                An invented keynote: young scientists need **stable support** and room for free
                exploration. Sample text, not a real speech.
                """, TextProvenance.Translation, "NsfcSeminar editors");
        meeting.AddSpeech("discussion-on-review", SpeechKind.Discussion, people.SampleOfficial, null, themes["review-and-evaluation-reform"])
            .In(Language.En, "Remarks on review for early-career applicants", """
                Invented discussion remarks on how review panels could weigh early-career
                applications. Sample text.
                """, TextProvenance.Original);
        return meeting;
    }

    private static Meeting FirstStrategySeminar2025(SampleSeries series, SampleBodies bodies, SamplePeople people, SampleThemes themes)
    {
        var meeting = Sample("2025-03-20-party-group-strategy-seminar-sample", MeetingKind.StrategySeminar, series.StrategySeminars, 1,
            new DateOnly(2025, 3, 20), MeetingFormat.InPerson, bodies.PartyGroup,
            "First Party Group strategy seminar of 2025", "2025年第一次党组务虚研讨会",
            "An invented follow-up to the November 2024 seminar, so that the series has more than one record.",
            "虚构的后续研讨会，使该系列不止一条记录。");
        meeting.Themes.AddRange([themes["international-cooperation"], themes["funding-efficiency"]]);
        meeting.Add(ParticipantRole.Presiding, people.DouXiankang, "Secretary of the Party Group and Director (sample appearance)", "党组书记、主任（示例出席）");
        meeting.Add(ParticipantRole.Reporter, bodies.LifeSciences);
        meeting.Add(ParticipantRole.Attendee, people.GaoRuiping, "Secretary General (sample appearance)", "秘书长（示例出席）");
        meeting.AddSpeech("report-department-of-life-sciences", SpeechKind.Report, null, bodies.LifeSciences,
                themes["open-collaboration"], themes["world-class-science-centres"])
            .In(Language.En, "Opening joint programmes to partners abroad", """
                An invented report on widening joint funding programmes with partner agencies.
                Sample text, not a real report.
                """, TextProvenance.Original)
            .In(Language.Zh, "向境外伙伴开放联合资助项目", """
                虚构的汇报：扩大与境外伙伴机构的联合资助。示例文本，并非真实汇报。
                """, TextProvenance.Translation, "NsfcSeminar editors");
        meeting.AddSpeech("presiding-speech", SpeechKind.PresidingSpeech, people.DouXiankang, null, themes["funding-efficiency"])
            .In(Language.En, "Presiding remarks (sample)", """
                Invented presiding remarks on measuring funding efficiency. Sample text, not a
                real speech.
                """, TextProvenance.Original);
        return meeting;
    }

    private static Meeting StaffOnlyBriefing2025(SampleSeries series, SampleBodies bodies, SamplePeople people, SampleThemes themes)
    {
        var meeting = Sample("2025-05-08-internal-budget-briefing-sample", MeetingKind.StudySession, series.StudySessions, 2,
            new DateOnly(2025, 5, 8), MeetingFormat.VideoLink, bodies.Foundation,
            "Internal briefing on the budget cycle", "预算周期内部通报会",
            "An invented staff-only briefing: anonymous readers never see it.",
            "虚构的仅限职员阅读的通报会：匿名读者不可见。",
            visibility: Visibility.StaffOnly);
        meeting.Add(ParticipantRole.Presiding, people.SampleOfficial, "Secretary General's office (sample)", "秘书长办公室（示例）");
        meeting.AddSpeech("budget-report", SpeechKind.Report, null, bodies.PlanningAndPolicyBureau, themes["funding-efficiency"])
            .In(Language.En, "Budget cycle report (staff only)", "An invented report for staff only. Sample text.", TextProvenance.Original);
        return meeting;
    }

    private static Meeting DraftSeminar2025(SampleSeries series, SampleBodies bodies, SamplePeople people)
    {
        var meeting = Sample("2025-09-01-draft-seminar-sample", MeetingKind.Seminar, series.StrategySeminars, 2,
            new DateOnly(2025, 9, 1), MeetingFormat.InPerson, bodies.PartyGroup,
            "Seminar still being written up", "尚在整理的研讨会",
            "An invented draft: it stays off the reading pages until an editor publishes it.",
            "虚构的草稿：编辑发布前不出现在阅读页面。",
            status: PublicationStatus.Draft);
        meeting.Add(ParticipantRole.Presiding, people.SampleOfficial);
        return meeting;
    }
}
