using Bunit;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Meetings;
using static NsfcSeminar.Web.Tests.Features.Meetings.MeetingRecords;

namespace NsfcSeminar.Web.Tests.Features.Meetings;

public sealed class MeetingViewTests : PortalComponentTest
{
    [Fact]
    public void Shows_title_date_place_series_and_sequence()
    {
        var view = Render<MeetingView>(p => p.Add(c => c.Record, Seminar()));

        Assert.Equal("Second strategy seminar of 2024", view.Find("h1").TextContent);
        Assert.Equal("2024-11-16", view.Find("time").GetAttribute("datetime"));
        Assert.Contains("16 November 2024", view.Markup, StringComparison.Ordinal);
        Assert.Contains("Beijing", view.Find(".facts").TextContent, StringComparison.Ordinal);
        Assert.Contains("no. 2 in 2024", view.Find(".sequence").TextContent, StringComparison.Ordinal);
        Assert.Equal("meetings?series=party-group-strategy-seminar", view.Find(".facts a").GetAttribute("href"));
    }

    [Fact]
    public void Groups_participants_by_role_with_presiding_first()
    {
        var view = Render<MeetingView>(p => p.Add(c => c.Record, Seminar()));

        var roles = view.FindAll(".participants h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Presiding", "Keynote speakers", "Attending"], roles);
        Assert.Contains("Secretary of the Party Group and Director", view.Find(".participants").TextContent, StringComparison.Ordinal);
        Assert.Equal("people/dou-xiankang", view.Find(".participants a").GetAttribute("href"));
    }

    [Fact]
    public void Renders_each_speech_in_order_with_an_anchor_and_its_markdown()
    {
        var record = Seminar(false,
            Speech("keynote-liu", SpeechKind.Keynote, Liu, null, English("On basic research", "Basic research is **the source**.")),
            Speech("bureau-report", SpeechKind.Report, null, Bureau, English("Report on instruments", "Ideas for instruments.")));

        var view = Render<MeetingView>(p => p.Add(c => c.Record, record));

        var speeches = view.FindAll("article.speech");
        Assert.Equal(["speech-keynote-liu", "speech-bureau-report"], speeches.Select(s => s.Id));
        Assert.Equal("the source", speeches[0].QuerySelector(".prose strong")!.TextContent);
        Assert.Equal("organisations/planning-and-policy-bureau", speeches[1].QuerySelector(".speaker a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_sample_record_says_so()
    {
        var view = Render<MeetingView>(p => p.Add(c => c.Record, Seminar(isSample: true)));

        Assert.Contains("Sample record", view.Find(".badge--sample").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_only_in_Chinese_is_shown_in_Chinese_with_a_note_for_an_English_reader()
    {
        var record = Seminar(false, Speech("presiding", SpeechKind.PresidingSpeech, Dou, null, Chinese("主持讲话", "加强基础研究。")));

        var view = Render<MeetingView>(p => p.Add(c => c.Record, record));

        var speech = view.Find("article.speech");
        Assert.Equal("zh-Hans", speech.QuerySelector(".prose")!.GetAttribute("lang"));
        Assert.Contains("Not available in English", speech.QuerySelector(".version-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_other_language_version_is_offered_with_its_own_lang_attribute()
    {
        var record = Seminar(false, Speech("presiding", SpeechKind.PresidingSpeech, Dou, null,
            English("Presiding speech", "Deepen reform.", TextProvenance.Translation),
            Chinese("主持讲话", "深化改革。")));

        var view = Render<MeetingView>(p => p.Add(c => c.Record, record));

        var other = view.Find("article.speech details.other-version");
        Assert.Equal("zh-Hans", other.QuerySelector(".prose")!.GetAttribute("lang"));
        Assert.Contains("深化改革", other.TextContent, StringComparison.Ordinal);
        Assert.Contains("Translation", view.Find("article.speech > .version-note").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Minutes_are_rendered_from_markdown_under_their_own_anchor_their_headings_below_the_Minutes_heading()
    {
        var view = Render<MeetingView>(p => p.Add(c => c.Record, Seminar()));

        var minutes = view.Find("#minutes");
        Assert.Equal("Decisions", minutes.QuerySelector(".prose h3")!.TextContent);
        Assert.Null(minutes.QuerySelector(".prose h2"));
    }
}
