using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Drafting;

namespace NsfcSeminar.Web.Tests.Features.Drafting;

public sealed class ChineseReleaseTests
{
    private static DraftSeminar Propose(string file) => DraftProposer.Propose(Releases.Read(file), Releases.SampleVocabulary);

    [Fact]
    public void The_strategy_seminar_in_Chinese_gives_the_same_meeting()
    {
        var draft = Propose("zh-2024-strategy-seminar.txt");

        Assert.Equal(Language.Zh, draft.SourceLanguage);
        Assert.Equal("国家自然科学基金委员会党组2024年第二次务虚研讨会", draft.TitleZh);
        Assert.Equal(new DateOnly(2024, 11, 16), draft.StartDate);
        Assert.Equal(("北京", "Beijing"), (draft.PlaceZh, draft.PlaceEn));
        // The release does not say whether the meeting was held in person: no format is assumed.
        Assert.Equal((MeetingKind.StrategySeminar, (MeetingFormat?)null), (draft.Kind, draft.Format));
        Assert.Equal(("party-group-strategy-seminar", 2), (draft.SeriesSlug, draft.SequenceNumber));
        Assert.Equal("锚定2035年建成科技强国目标，新时代科学基金如何守正创新", draft.StatedTheme);
    }

    [Fact]
    public void Chinese_names_positions_and_honorifics_are_read_around_the_name()
    {
        var draft = Propose("zh-2024-strategy-seminar.txt");

        var presiding = Assert.Single(draft.WithRole(ParticipantRole.Presiding));
        Assert.Equal(("dou-xiankang", "党组书记、主任"), (presiding.MatchedSlug, presiding.PositionZh));
        var keynote = Assert.Single(draft.WithRole(ParticipantRole.KeynoteSpeaker));
        Assert.Equal(("liu-zhongfan", "院士", "peking-university"), (keynote.MatchedSlug, keynote.HonorificZh, keynote.OrganisationSlug));
        Assert.Single(draft.WithRole(ParticipantRole.InvitedScientist));
        var attendees = draft.WithRole(ParticipantRole.Attendee).ToList();
        Assert.Contains(attendees, a => a is { MatchedSlug: "li-jinghai", PositionZh: "咨询委员会主任" });
        Assert.Contains(attendees, a => a is { MatchedSlug: "gao-ruiping", PositionZh: "秘书长" });
        foreach (var group in new[] { "nsfc-leadership-team", "invited-scientist-representatives", "part-time-science-department-directors", "bureau-level-cadres" })
        {
            Assert.Contains(attendees, a => a.MatchedSlug == group);
        }
    }

    [Fact]
    public void Units_that_report_are_organisations_with_the_topic_as_title()
    {
        var draft = Propose("zh-2024-strategy-seminar.txt");

        Assert.Equal(
            [SpeechKind.PresidingSpeech, SpeechKind.Keynote, SpeechKind.Report, SpeechKind.Report],
            draft.Speeches.Select(s => s.Kind));
        var reports = draft.Speeches.Where(s => s.Kind == SpeechKind.Report).ToList();
        Assert.Equal(["planning-and-policy-bureau", "department-of-information-sciences"], reports.Select(r => r.SpeakerSlug));
        Assert.Equal("面向科技强国建设的国家重大科研仪器研制项目资助管理改革思路", reports[0].Title);
        Assert.StartsWith("计划与政策局就", reports[0].Summary, StringComparison.Ordinal);
        Assert.StartsWith("窦贤康在讲话中指出", draft.Speeches[0].Summary, StringComparison.Ordinal);
        Assert.Contains("窦贤康强调", draft.Speeches[0].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_theme_names_are_found_in_the_text()
    {
        var draft = Propose("zh-2024-strategy-seminar.txt");

        var slugs = draft.Themes.Select(t => t.Slug).ToList();
        foreach (var expected in new[] { "basic-research", "funding-efficiency", "integrity-and-innovation", "strong-science-country-2035", "major-research-instruments", "international-cooperation", "research-integrity-and-environment" })
        {
            Assert.Contains(expected, slugs);
        }

        Assert.All(draft.Themes, t => Assert.True(ReleaseLanguage.IsChinese(t.NameZh ?? "")));
    }

    [Fact]
    public void A_study_session_by_video_with_a_person_and_a_unit_reporting()
    {
        var draft = Propose("zh-2023-study-session.txt");

        Assert.Equal(new DateOnly(2023, 3, 8), draft.StartDate);
        Assert.Equal((MeetingKind.StudySession, MeetingFormat.VideoLink), (draft.Kind, draft.Format));
        Assert.Equal(("party-group-study-session", 1), (draft.SeriesSlug, draft.SequenceNumber));
        Assert.Null(draft.PlaceZh);
        Assert.Contains(draft.Warnings, w => w.ToString().StartsWith("No place found", StringComparison.Ordinal));
        var person = draft.WithRole(ParticipantRole.Reporter).Single(p => p.Kind == DraftParticipantKind.Person);
        Assert.Equal(("王红", "政策研究局局长", null), (person.NameZh, person.PositionZh, person.MatchedSlug));
        Assert.Contains(draft.Speeches, s => s is { Kind: SpeechKind.Report, SpeakerSlug: "department-of-life-sciences" });
        Assert.Contains(draft.Warnings, w => w.ToString().Contains("“王红” is not in the archive", StringComparison.Ordinal));
    }

    [Fact]
    public void A_two_day_symposium_with_an_unknown_keynote_speaker()
    {
        var draft = Propose("zh-2025-symposium.txt");

        Assert.Equal((new DateOnly(2025, 6, 10), new DateOnly(2025, 6, 11)), (draft.StartDate, draft.EndDate));
        Assert.Equal(("合肥", "Hefei"), (draft.PlaceZh, draft.PlaceEn));
        Assert.Equal(MeetingKind.Symposium, draft.Kind);
        var presiding = Assert.Single(draft.WithRole(ParticipantRole.Presiding));
        Assert.Equal(("周岚", "信息科学部常务副主任"), (presiding.NameZh, presiding.PositionZh));
        var keynote = Assert.Single(draft.Speeches);
        Assert.Equal(("孙宇", "量子信息科学中的自由探索"), (keynote.SpeakerName, keynote.Title));
        var speaker = Assert.Single(draft.WithRole(ParticipantRole.KeynoteSpeaker));
        Assert.Equal(("教授", "中国科学技术大学"), (speaker.PositionZh, speaker.OrganisationName));
        Assert.Contains("free-exploration", draft.Themes.Select(t => t.Slug));
    }

    [Theory]
    [InlineData("第二次", 2)]
    [InlineData("第十次", 10)]
    [InlineData("第十二次", 12)]
    [InlineData("第二十次", 20)]
    [InlineData("第3次", 3)]
    public void Chinese_ordinals_are_read(string text, int expected) =>
        Assert.Equal(expected, ChineseRelease.Number(text[1..^1]));
}
