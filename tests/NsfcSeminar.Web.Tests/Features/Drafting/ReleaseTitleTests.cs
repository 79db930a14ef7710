using NsfcSeminar.Web.Features.Drafting;

namespace NsfcSeminar.Web.Tests.Features.Drafting;

/// <summary>A proposed title names the meeting, not the news of it; nothing is added to it.</summary>
public sealed class ReleaseTitleTests
{
    [Theory]
    [InlineData("Party Group of the NSFC holds its second virtual seminar of 2024", "Party Group of the NSFC: second virtual seminar of 2024")]
    [InlineData("NSFC Party Group holds its first study session of 2023 by video link", "NSFC Party Group: first study session of 2023")]
    [InlineData("Department of Information Sciences holds a symposium on young scientists in Hefei", "Department of Information Sciences: symposium on young scientists")]
    [InlineData("The second virtual seminar of 2024 of the NSFC Party Group was held in Beijing", "Second virtual seminar of 2024 of the NSFC Party Group")]
    [InlineData("Young scientists' symposium held", "Young scientists' symposium held")]
    public void An_English_headline_gives_the_organiser_and_the_meeting_without_the_news_verb(string headline, string title) =>
        Assert.Equal(title, ReleaseTitle.Of(headline, chinese: false));

    [Theory]
    [InlineData("国家自然科学基金委员会党组召开2024年第二次务虚研讨会", "国家自然科学基金委员会党组2024年第二次务虚研讨会")]
    [InlineData("信息科学部在合肥召开青年科学家座谈会", "信息科学部青年科学家座谈会")]
    [InlineData("国家自然科学基金委员会党组2024年第二次务虚研讨会在北京召开", "国家自然科学基金委员会党组2024年第二次务虚研讨会")]
    [InlineData("青年科学家座谈会", "青年科学家座谈会")]
    public void A_Chinese_headline_keeps_the_organiser_and_drops_the_verb(string headline, string title) =>
        Assert.Equal(title, ReleaseTitle.Of(headline, chinese: true));

    [Fact]
    public void No_headline_proposes_no_title() => Assert.Null(ReleaseTitle.Of(null, chinese: false));
}
