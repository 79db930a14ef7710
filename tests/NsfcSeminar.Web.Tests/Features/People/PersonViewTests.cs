using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Features.People;
using NsfcSeminar.Web.Features.Speeches;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Tests.Features.People;

public sealed class PersonViewTests : PortalComponentTest
{
    private static MeetingSummary Meeting(string slug, string title, int year) =>
        new(slug, Bilingual.Of(title), new DateOnly(year, 6, 1), null, null, null, Bilingual.Of("Beijing"), false, 1);

    private static readonly PersonRecord Person = new(
        "liu-zhongfan",
        Bilingual.Of("Liu Zhongfan", "刘忠范"),
        Bilingual.Of("Academician", "院士"),
        [
            new PersonAppearance(Meeting("later", "Later seminar", 2024), ParticipantRole.KeynoteSpeaker, Bilingual.Of("Professor"), new RecordLink("pku", Bilingual.Of("Peking University"))),
            new PersonAppearance(Meeting("earlier", "Earlier seminar", 2019), ParticipantRole.Attendee, Bilingual.Of("Dean"), null),
        ],
        [new SpeechListing("later", Bilingual.Of("Later seminar"), new DateOnly(2024, 6, 1), "keynote-liu", SpeechKind.Keynote, Bilingual.Of("On basic research"), null, null)]);

    [Fact]
    public void Names_the_person_with_honorific_and_Chinese_name()
    {
        var view = Render<PersonView>(p => p.Add(c => c.Record, Person));

        Assert.Equal("Academician Liu Zhongfan", view.Find("h1").TextContent.Trim());
        var chinese = view.Find(".other-name");
        Assert.Equal("刘忠范", chinese.TextContent);
        Assert.Equal("zh-Hans", chinese.GetAttribute("lang"));
    }

    [Fact]
    public void Lists_appearances_with_the_position_held_at_each_meeting()
    {
        var view = Render<PersonView>(p => p.Add(c => c.Record, Person));

        var roles = view.FindAll(".meeting-list__item .role").Select(r => r.TextContent.Trim()).ToList();
        Assert.Equal(2, roles.Count);
        Assert.StartsWith("Keynote speakers — Professor", roles[0], StringComparison.Ordinal);
        Assert.StartsWith("Attending — Dean", roles[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Links_each_speech_to_its_anchor_on_the_meeting_page()
    {
        var view = Render<PersonView>(p => p.Add(c => c.Record, Person));

        Assert.Equal("meetings/later#speech-keynote-liu", view.Find(".speech-list a").GetAttribute("href"));
    }
}
