using System.Net;
using System.Text.Json;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Search;

/// <summary>Drafts, archived and staff-only records never reach an anonymous reader through any
/// way out of search: results, counts, exports, the API.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SearchAccessTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Unpublished_and_staff_only_records_stay_out_of_every_search_output()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            var theme = ArchiveBuilder.Theme("Secrets", "机密");
            foreach (var (status, visibility) in new[] { (PublicationStatus.Draft, Visibility.Public), (PublicationStatus.Archived, Visibility.Public), (PublicationStatus.Published, Visibility.StaffOnly) })
            {
                var meeting = ArchiveBuilder.Meeting($"Hidden zanzibar {status} {visibility}", new DateOnly(2024, 1, 1), status, visibility);
                meeting.Speeches.Add(SearchArchive.Speech("hidden", SpeechKind.Report, ArchiveBuilder.Person("Hidden Speaker"), null, theme, ("Zanzibar plans", "Zanzibar."), ("桑给巴尔", "桑给巴尔计划。")));
                await meeting.SaveAsync(db);
            }

            var visible = ArchiveBuilder.Meeting("Open seminar", new DateOnly(2024, 2, 1));
            visible.Speeches.Add(SearchArchive.Speech("open", SpeechKind.Report, ArchiveBuilder.Person("Open Speaker"), null, theme, ("Open plans", "Nothing secret."), null));
            await visible.SaveAsync(db);
        }

        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/en/search?q=zanzibar");
        var chinese = await HtmlPage.GetAsync(client, "/zh/search?q=" + Uri.EscapeDataString("桑给巴尔"));
        var csv = await client.GetStringAsync("/search/export.csv?q=zanzibar");
        var json = await client.GetStringAsync("/search/export.json?q=plans");
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/speeches?q=plans")).RootElement;

        Assert.Contains("Nothing matched this search.", page.Text, StringComparison.Ordinal);
        Assert.Empty(chinese.Document.QuerySelectorAll(".search-result"));
        Assert.DoesNotContain("anzibar", csv, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Zanzibar", json, StringComparison.Ordinal);
        Assert.Equal(1, api.GetProperty("total").GetInt32());
        Assert.Equal(1, JsonDocument.Parse(json).RootElement.GetArrayLength());
    }
}
