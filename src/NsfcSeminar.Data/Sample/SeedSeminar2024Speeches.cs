using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Sample;

/// <summary>The five speeches of the seed seminar, summarised by the portal's editors. Chinese
/// paragraphs stay on one line: a line break inside Chinese text would show as a space.</summary>
internal static class SeedSeminar2024Speeches
{
    public static void AddTo(Meeting meeting, SampleBodies bodies, SamplePeople people, SampleThemes themes)
    {
        meeting.AddSpeech("keynote-liu-zhongfan", SpeechKind.Keynote, people.LiuZhongfan, bodies.PekingUniversity,
                themes["basic-research"], themes["original-innovation"])
            .In(Language.En, "Keynote speech by Academician Liu Zhongfan", """
                Academician Liu Zhongfan of Peking University spoke as a specially invited
                representative of the scientific community.

                *The news release records that this keynote was given; it does not summarise its
                content, so neither does the archive.*
                """)
            .In(Language.Zh, "刘忠范院士主旨报告", """
                北京大学刘忠范院士作为特邀科学家代表作主旨报告。

                *新闻稿只记载了报告的举行，未概述其内容，本站因此不作补写。*
                """);

        meeting.AddSpeech("keynote-meilin", SpeechKind.Keynote, people.Meilin, bodies.CapitalMedicalInnovationCenter,
                themes["basic-research"])
            .In(Language.En, "Keynote speech by Director Meilin", """
                Director Meilin of the Capital Medical Science Innovation Center gave the second
                keynote.

                *The news release records that this keynote was given; it does not summarise its
                content.*
                """)
            .In(Language.Zh, "Meilin主任主旨报告", """
                首都医学科技创新中心Meilin主任作第二个主旨报告。

                *新闻稿未概述报告内容。*
                """);

        meeting.AddSpeech("report-planning-and-policy-bureau", SpeechKind.Report, null, bodies.PlanningAndPolicyBureau,
                themes["major-research-instruments"], themes["management-of-major-projects"], themes["strong-science-country-2035"])
            .In(Language.En, "Reform ideas for major national research instrument projects", """
                The Planning and Policy Bureau set out how the funding and management of the
                national projects that develop major research instruments could be reformed, with
                the goal of a strong science and technology country in view.
                """)
            .In(Language.Zh, "国家重大科研仪器研制项目资助与管理改革思路", """
                计划与政策局围绕建设科技强国，汇报了国家重大科研仪器研制项目在资助和管理方面的改革思路。
                """);

        meeting.AddSpeech("report-department-of-information-sciences", SpeechKind.Report, null, bodies.InformationSciences,
                themes["integrity-and-innovation"], themes["management-of-major-projects"], themes["funding-efficiency"], themes["new-quality-productive-forces"])
            .In(Language.En, "Research findings of the Department of Information Sciences", """
                The Department of Information Sciences reported what its study had found on four
                questions:

                - holding to integrity while innovating (守正创新);
                - a better layout for the funding of major projects;
                - more efficient project management;
                - helping new quality productive forces to grow.
                """)
            .In(Language.Zh, "信息科学部研究成果汇报", """
                信息科学部汇报了四个方面的研究成果：

                - 坚持守正创新；
                - 优化重大项目资助布局；
                - 提升项目管理效能；
                - 推动新质生产力发展。
                """);

        meeting.AddSpeech("presiding-speech-dou-xiankang", SpeechKind.PresidingSpeech, people.DouXiankang, null,
                themes["basic-research"], themes["science-fund-reform"], themes["layout-of-basic-research"], themes["applied-basic-research"],
                themes["stable-support-for-talent"], themes["world-class-science-centres"], themes["strict-self-governance"],
                themes["management-team-building"], themes["high-level-self-reliance"], themes["strong-science-country-2035"])
            .In(Language.En, "Presiding speech by Dou Xiankang", PresidingSpeechEnglish)
            .In(Language.Zh, "窦贤康主持讲话", PresidingSpeechChinese);
    }

    private const string PresidingSpeechEnglish = """
        ## Why basic research comes first

        Dou Xiankang began from the weight the Party Central Committee and the State Council give
        to basic research. At the National Science and Technology Conference, he recalled, the
        General Secretary described a strong science and technology country as one with
        **"five powerful"** elements, and named strong basic research and original innovation as
        the first of them. That, he said, is the compass for the foundation's own work.

        ## Reform, step by step

        The foundation should fund frontline researchers with the most innovative vitality, and
        keep deepening Science Fund reform: from breakthroughs at single points, to lines, to
        whole areas, layer by layer, until the fund's management system is complete and its
        funding clearly effective.

        ## What the foundation is

        As the main channel of support for basic research and the steadiest national source of
        funding for researchers, the foundation has become, in his words:

        | role | meaning |
        | --- | --- |
        | the **"cradle"** | where scientific talent is raised |
        | the **"source"** | where scientific breakthroughs begin |
        | the **"adhesive"** | what binds collaborative innovation together |
        | the **"bridge and link"** | how international cooperation widens |

        ## Next steps

        Holding to integrity and innovation, with the system as a whole in mind, the foundation
        should carry out the newly revised *National Natural Science Fund Regulations* together
        with its reform, govern the Party strictly and build up its management team. In
        particular it should:

        1. lay out basic research with foresight, strategy and system, so that major original and
           disruptive results emerge;
        2. strengthen applied basic research and the capacity to solve key core technologies;
        3. build a funding system that supports innovative talent steadily, and gathers and trains
           high-level researchers;
        4. widen international cooperation in basic research, helping to build a world-class
           science centre and innovation hub;
        5. improve the foundation's governance and create a sound innovation ecology and research
           environment, on the way to high-level self-reliance and a strong science and
           technology country.

        *A summary by the portal's editors, not the text of the speech.*
        """;

    private const string PresidingSpeechChinese = """
        ## 为什么基础研究居于首位

        窦贤康首先谈到党中央、国务院对基础研究的高度重视。他指出，总书记在全国科技大会上提出科技强国应当具备**“五个强大”**的基本要素，其中第一位是“拥有强大的基础研究和原始创新能力”，这为基金工作指明了方向。

        ## 循序推进改革

        基金委要把宝贵的科技资源投向最具创新活力的一线科研人员，持续深化科学基金改革：由点上突破到线上延伸再到面上拓展，逐步推进、层层深入，使科学基金管理体系更加系统完备，资助成效更加凸显。

        ## 基金委的定位

        作为支持基础研究的主渠道和科研人员最稳定的国家资助来源，基金委已经成为：

        | 角色 | 含义 |
        | --- | --- |
        | **“摇篮”** | 培育科技人才 |
        | **“源头”** | 孕育科学突破 |
        | **“黏合剂”** | 凝聚协同创新 |
        | **“桥梁纽带”** | 拓展国际科技合作 |

        ## 下一步工作

        坚持守正创新、注重系统集成，把科学基金改革与新修订的《国家自然科学基金条例》实施结合起来，推进全面从严治党，加强管理队伍建设。重点是：

        1. 加强基础研究的前瞻性、战略性、系统性布局，推动产出重大原创性、颠覆性成果；
        2. 加强应用基础研究部署，提升关键核心技术攻关能力；
        3. 构建稳定支持科技创新人才的资助体系，增强培养和汇聚高水平人才的能力；
        4. 拓展基础研究国际合作，助力建设世界科学中心和创新高地；
        5. 提升基金治理体系和治理能力，营造良好的创新生态和科研环境，为实现高水平科技自立自强、建设科技强国贡献力量。

        *以上为本站编辑撰写的摘要，并非讲话原文。*
        """;
}
