using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Sample;

/// <summary>
/// The Party Group's second strategy seminar (务虚研讨会) of 2024, held in person in Beijing on
/// 16 November 2024. The facts come from the agency's news release; every text is the portal
/// editors' own summary, in English and in Chinese, not the agency's wording.
/// </summary>
internal static class SeedSeminar2024
{
    public const string Slug = "2024-11-16-party-group-strategy-seminar";

    public static Meeting Build(MeetingSeries series, SampleBodies bodies, SamplePeople people, SampleThemes themes, SampleDocuments documents)
    {
        var meeting = new Meeting
        {
            Slug = Slug,
            Kind = MeetingKind.StrategySeminar,
            Series = series,
            SequenceNumber = 2,
            StartDate = new DateOnly(2024, 11, 16),
            Place = Bilingual.Of("Beijing", "北京"),
            Format = MeetingFormat.InPerson,
            Organiser = bodies.PartyGroup,
            Status = PublicationStatus.Published,
            Visibility = Visibility.Public,
            PublishedAt = new DateTimeOffset(2024, 11, 18, 0, 0, 0, TimeSpan.Zero),
        };
        meeting.Texts.Add(EnglishText());
        meeting.Texts.Add(ChineseText());
        meeting.Themes.AddRange([themes["basic-research"], themes["science-fund-reform"], themes["integrity-and-innovation"], themes["strong-science-country-2035"]]);
        var cited = new[]
        {
            documents.TwentiethCongress, documents.SecondPlenary, documents.ThirdPlenary, documents.NationalScienceConference,
            documents.ProvincialLeadersSeminarSpeech, documents.FundRegulations,
        };
        for (var i = 0; i < cited.Length; i++)
        {
            meeting.Citations.Add(new MeetingCitation { Document = cited[i], SortOrder = i });
        }

        AddParticipants(meeting, bodies, people);
        SeedSeminar2024Speeches.AddTo(meeting, bodies, people, themes);
        return meeting;
    }

    private static void AddParticipants(Meeting meeting, SampleBodies bodies, SamplePeople people)
    {
        meeting.Add(ParticipantRole.Presiding, people.DouXiankang,
            "Secretary of the Party Group and Director of the NSFC", "自然科学基金委党组书记、主任");
        meeting.Add(ParticipantRole.KeynoteSpeaker, people.LiuZhongfan,
            "Specially invited scientist representative", "特邀科学家代表", bodies.PekingUniversity);
        meeting.Add(ParticipantRole.KeynoteSpeaker, people.Meilin,
            "Director", "主任", bodies.CapitalMedicalInnovationCenter);
        meeting.Add(ParticipantRole.Reporter, bodies.PlanningAndPolicyBureau);
        meeting.Add(ParticipantRole.Reporter, bodies.InformationSciences);
        meeting.Add(ParticipantRole.Attendee, bodies.LeadershipTeam, bodies.Foundation);
        meeting.Add(ParticipantRole.Attendee, bodies.InspectionGroup);
        meeting.Add(ParticipantRole.Attendee, bodies.AuditLeaders, bodies.ScienceAndTechnologyAuditBureau);
        meeting.Add(ParticipantRole.Attendee, people.LiJinghai, "Chairman of the Advisory Committee", "咨询委员会主任");
        meeting.Add(ParticipantRole.Attendee, people.GaoRuiping, "Secretary General", "秘书长");
        meeting.Add(ParticipantRole.InvitedScientist, bodies.InvitedScientists);
        meeting.Add(ParticipantRole.Attendee, bodies.PartTimeDirectors);
        meeting.Add(ParticipantRole.Attendee, bodies.BureauLevelCadres);
    }

    private static MeetingText EnglishText() => new()
    {
        Language = Language.En,
        Provenance = TextProvenance.EditorialSummary,
        Title = "Second Party Group strategy seminar of 2024",
        StatedTheme = "With the 2035 goal of a strong science and technology country in view, how should the NSFC of the new era hold to integrity while it innovates?",
        Summary = "The Party Group met in Beijing to plan the next steps of Science Fund reform: spend the fund more effectively, steer it towards the most innovative researchers, and make the fund's contribution to the 2035 goal count.",
        MinutesMarkdown = """
            The Party Group of the National Natural Science Foundation of China held its second
            strategy seminar (务虚研讨会) of 2024 in Beijing on 16 November. Director Dou Xiankang,
            Secretary of the Party Group, presided and closed the meeting with a long speech.

            The seminar took its bearings from the 20th Party Congress, the 2nd and 3rd Plenary
            Sessions of the 20th Central Committee and the 2024 National Science and Technology
            Conference, and worked to the deployment of the Central Science and Technology
            Commission.

            ## Programme

            1. Keynote by Academician Liu Zhongfan (Peking University), a specially invited scientist.
            2. Keynote by Director Meilin of the Capital Medical Science Innovation Center.
            3. Report of the Planning and Policy Bureau on funding and managing major national
               research instrument projects.
            4. Report of the Department of Information Sciences on its research into integrity and
               innovation, the layout of major projects and project management.
            5. Discussion among all present, then the presiding speech.

            ## Directions agreed

            - plan the reform measures of the Science Fund as a whole, and raise the efficiency of
              its funding;
            - put scarce research resources in the hands of the most innovative researchers;
            - carry out the revised *National Natural Science Fund Regulations* together with the
              reform;
            - keep strict Party self-governance and build up the management team.

            *This account is a summary written by the portal's editors from the agency's news
            release; it is not the agency's text.*
            """,
    };

    private static MeetingText ChineseText() => new()
    {
        Language = Language.Zh,
        Provenance = TextProvenance.EditorialSummary,
        Title = "2024年第二次党组务虚研讨会",
        StatedTheme = "锚定2035年建成科技强国目标，新时代自然科学基金如何守正创新",
        Summary = "党组在北京研讨科学基金改革的下一步：提高资助效能，把宝贵的科研资源投向最具创新活力的科研人员，为2035年建成科技强国作出基金的贡献。",
        MinutesMarkdown = """
            2024年11月16日，国家自然科学基金委员会党组在北京召开本年度第二次务虚研讨会。党组书记、主任窦贤康主持会议并作总结讲话。

            会议以党的二十大、二十届二中和三中全会以及2024年全国科技大会精神为指引，按照中央科技委员会的部署开展研讨。

            ## 会议议程

            1. 特邀科学家代表、北京大学刘忠范院士作主旨报告。
            2. 首都医学科技创新中心Meilin主任作主旨报告。
            3. 计划与政策局汇报国家重大科研仪器研制项目资助与管理改革思路。
            4. 信息科学部汇报守正创新、优化重大项目布局、提升项目管理效能等方面的研究成果。
            5. 与会同志围绕主题交流讨论，窦贤康作总结讲话。

            ## 形成的方向

            - 系统谋划科学基金改革举措，提升资助效能；
            - 把宝贵的科研资源配置给最具创新活力的科研人员；
            - 将改革与新修订的《国家自然科学基金条例》的实施结合起来；
            - 坚持全面从严治党，加强管理队伍建设。

            *以上为本站编辑根据新闻稿撰写的摘要，并非基金委原文。*
            """,
    };
}
