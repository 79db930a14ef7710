using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>
/// A record imported with what its sources say and no more: an enlarged Party Group meeting of
/// unknown format, an organisation of unknown kind, a guest speech without a title. Nothing is
/// filled in on the way to the database or the page.
/// </summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class UnknownValueTests(DatabaseFixture fixture)
{
    private const string Bundle = """
        {
          "format": 1,
          "organisations": [
            { "slug": "global-research-council", "name": { "en": "Global Research Council", "zh": "全球研究理事会" } }
          ],
          "people": [
            { "slug": "li-jinghai", "name": { "zh": "李静海", "en": "Li Jinghai" } }
          ],
          "seminars": [
            {
              "slug": "2024-02-20-enlarged-party-group-meeting",
              "kind": "EnlargedPartyGroupMeeting",
              "startDate": "2024-02-20",
              "status": "Published",
              "visibility": "Public",
              "texts": { "zh": { "title": "党组（扩大）会议", "provenance": "Original" } },
              "participants": [
                { "role": "Presiding", "person": "li-jinghai" },
                { "role": "Guest", "organisation": "global-research-council" }
              ],
              "speeches": [
                {
                  "anchor": "guest",
                  "kind": "GuestSpeech",
                  "person": "li-jinghai",
                  "texts": { "zh": { "bodyMarkdown": "致辞正文。", "provenance": "Original" } }
                }
              ]
            }
          ]
        }
        """;

    [Fact]
    public async Task A_meeting_of_unknown_format_and_a_body_of_unknown_kind_are_stored_as_unknown()
    {
        await fixture.ResetAsync();

        var report = await Archive.Shared(fixture).ImportAsync(Bundle);

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        await using var db = fixture.CreateDbContext();
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Speeches).ThenInclude(s => s.Texts).SingleAsync();
        Assert.Equal(MeetingKind.EnlargedPartyGroupMeeting, meeting.Kind);
        Assert.Null(meeting.Format);
        Assert.Null((await db.Organisations.AsNoTracking().SingleAsync()).Kind);
        var text = Assert.Single(Assert.Single(meeting.Speeches).Texts);
        Assert.Equal(SpeechKind.GuestSpeech, meeting.Speeches[0].Kind);
        Assert.Equal("", text.Title);
    }

    [Fact]
    public async Task Pages_show_nothing_for_an_unknown_value_and_make_the_missing_title_in_the_readers_language()
    {
        await fixture.ResetAsync();
        Assert.True((await Archive.Shared(fixture).ImportAsync(Bundle)).Succeeded);
        using var client = fixture.Portal.CreateClient();

        var english = await HtmlPage.GetAsync(client, "/en/meetings/2024-02-20-enlarged-party-group-meeting");
        var chinese = await HtmlPage.GetAsync(client, "/zh/meetings/2024-02-20-enlarged-party-group-meeting");
        var body = await HtmlPage.GetAsync(client, "/en/organisations/global-research-council");

        Assert.DoesNotContain("Format", english.Document.QuerySelectorAll("dt").Select(dt => dt.TextContent));
        Assert.DoesNotContain("In person", english.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enlarged Party Group meeting", english.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Guest speech by Li Jinghai", english.Document.QuerySelector("article.speech h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("党组（扩大）会议", chinese.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("李静海嘉宾致辞", chinese.Document.QuerySelector("article.speech h3")!.TextContent, StringComparison.Ordinal);
        Assert.Null(body.Document.QuerySelector("article p.eyebrow"));
    }

    [Fact]
    public async Task A_bundle_exported_with_unknown_values_imports_again_unchanged()
    {
        await fixture.ResetAsync();
        var archive = Archive.Shared(fixture);
        Assert.True((await archive.ImportAsync(Bundle)).Succeeded);
        var exported = await archive.ExportAsync();

        var again = await archive.ImportAsync(exported);

        Assert.True(again.Succeeded, string.Join("\n", again.DescribeProblems()));
        Assert.All(again.Counts.Values, c => Assert.Equal(0, c.Created + c.Updated));
        var seminar = Bundles.Parse(exported).Seminar();
        Assert.False(seminar.ContainsKey("format"));
        Assert.False(seminar["speeches"]![0]!["texts"]!["zh"]!.AsObject().ContainsKey("title"));
    }
}
