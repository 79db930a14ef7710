using Bunit;
using NsfcSeminar.Web.Features.Meetings;
using static NsfcSeminar.Web.Tests.Features.Meetings.MeetingRecords;

namespace NsfcSeminar.Web.Tests.Localization;

/// <summary>The meeting record in the Chinese interface: labels, dates and sequence read in
/// Chinese, and no interface word is left in English.</summary>
public sealed class ChineseMeetingViewTests : PortalComponentTest
{
    public ChineseMeetingViewTests() => UseCulture("zh-Hans");

    [Fact]
    public void Dates_and_sequence_read_as_Chinese_writes_them()
    {
        var view = Render<MeetingView>(p => p.Add(c => c.Record, Seminar()));

        Assert.Contains("2024年11月16日", view.Find(".facts").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("November", view.Markup, StringComparison.Ordinal);
        Assert.Contains("北京", view.Find(".facts").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Interface_labels_are_Chinese()
    {
        var view = Render<MeetingView>(p => p.Add(c => c.Record, Seminar()));

        // Headings inside archived texts are the record's words, not the interface's.
        var labels = view.FindAll(".facts dt, .participants h3, h2")
            .Where(e => e.Closest(".prose") is null)
            .Select(e => e.TextContent.Trim()).ToList();
        Assert.NotEmpty(labels);
        Assert.All(labels, label => Assert.DoesNotMatch("[A-Za-z]{3,}", label));
    }
}
