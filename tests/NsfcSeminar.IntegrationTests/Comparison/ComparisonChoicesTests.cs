using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Comparison;
using Visibility = NsfcSeminar.Data.Model.Visibility;

namespace NsfcSeminar.IntegrationTests.Comparison;

/// <summary>Which seminars a meeting page offers to compare with: read in the page's one round
/// trip, they must still be the nearest in date the reader may see, each side apart.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class ComparisonChoicesTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_meeting_page_offers_the_nearest_seminars_the_reader_may_see_on_each_side_oldest_first()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var day = new DateOnly(2024, 6, 1);
        var meeting = await ArchiveBuilder.Meeting("The seminar compared", day).SaveAsync(db);
        var each = ComparisonChoicesQuery.EachSide;
        for (var i = 1; i <= each + 3; i++)
        {
            db.Add(ArchiveBuilder.Meeting($"Earlier seminar {i}", day.AddDays(-i)));
            db.Add(ArchiveBuilder.Meeting($"Later seminar {i}", day.AddDays(i)));
        }

        db.Add(ArchiveBuilder.Meeting("A staff-only seminar the day before", day.AddDays(-1), visibility: Visibility.StaffOnly));
        db.Add(ArchiveBuilder.Meeting("A draft the day after", day.AddDays(1), PublicationStatus.Draft));
        await db.SaveWithRevisionsAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/en/meetings/{meeting.Slug}");

        var groups = page.Document.QuerySelectorAll("select[name=b] optgroup")
            .ToDictionary(g => g.GetAttribute("label")!, g => g.QuerySelectorAll("option").Select(o => o.TextContent.Split(" — ")[1]).ToList());
        Assert.Equal(Enumerable.Range(1, each).Select(i => $"Earlier seminar {i}"), groups["Earlier"]);
        Assert.Equal(Enumerable.Range(1, each).Select(i => $"Later seminar {i}"), groups["Later"]);
        Assert.DoesNotContain("The seminar compared", groups["Earlier"].Concat(groups["Later"]));
    }
}
