using System.Net;
using System.Text.Json;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Api;

[Collection(DatabaseTestGroup.Name)]
public sealed class MeetingsApiTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Meeting_list_is_paged_in_an_envelope_and_filtered_by_year()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        for (var day = 1; day <= 5; day++)
        {
            await ArchiveBuilder.Meeting($"Seminar {day}", new DateOnly(2023, 1, day)).SaveAsync(db);
        }

        var other = await ArchiveBuilder.Meeting("Seminar of 2024", new DateOnly(2024, 2, 1)).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        using var second = await ApiJson.GetAsync(client, "/api/meetings?page=2&pageSize=2&year=2023");
        using var past = await ApiJson.GetAsync(client, "/api/meetings?page=9&pageSize=2");
        using var all = await ApiJson.GetAsync(client, "/api/meetings");

        var page = second.RootElement;
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(2, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(5, page.GetProperty("total").GetInt32());
        Assert.Equal(["2023-01-03", "2023-01-02"], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("startDate").GetString()!).ToArray());
        Assert.Equal("Seminar 3", page.GetProperty("items")[0].GetProperty("title").GetProperty("en").GetString());
        Assert.Equal(0, past.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(6, past.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(other.Slug, all.RootElement.GetProperty("items")[0].GetProperty("slug").GetString());
        Assert.Equal(20, all.RootElement.GetProperty("pageSize").GetInt32());
    }

    [Theory]
    [InlineData("/api/meetings?page=0", "page")]
    [InlineData("/api/meetings?page=-3", "page")]
    [InlineData("/api/meetings?page=abc", "page")]
    [InlineData("/api/meetings?pageSize=101", "pageSize")]
    [InlineData("/api/meetings?pageSize=0", "pageSize")]
    [InlineData("/api/meetings?page=99999999999", "page")]
    [InlineData("/api/meetings?year=20x4", "year")]
    [InlineData("/api/people?pageSize=1000", "pageSize")]
    public async Task Bad_paging_or_filter_values_return_400_problem_details_naming_the_parameter(string url, string parameter)
    {
        await fixture.ResetAsync();
        using var client = fixture.Portal.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains($"'{parameter}'", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_meeting_has_participants_speeches_with_texts_themes_and_citations_and_cited_documents()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var client = fixture.Portal.CreateClient();

        using var document = await ApiJson.GetAsync(client, "/api/meetings/2024-11-16-party-group-strategy-seminar");

        var meeting = document.RootElement;
        Assert.Equal("strategySeminar", meeting.GetProperty("kind").GetString());
        Assert.NotEqual(0, meeting.GetProperty("participants").GetArrayLength());
        Assert.NotEqual(0, meeting.GetProperty("citedDocuments").GetArrayLength());
        var speeches = meeting.GetProperty("speeches").EnumerateArray().ToList();
        Assert.Equal(5, speeches.Count);
        var first = speeches[0];
        Assert.Contains(first.GetProperty("texts").EnumerateArray(), t => t.GetProperty("language").GetString() == "zh" && t.GetProperty("bodyMarkdown").GetString()!.Length > 0);
        Assert.NotEqual(0, first.GetProperty("themes").GetArrayLength());
        var citation = first.GetProperty("citation");
        var speaker = first.GetProperty("person").GetProperty("name").GetProperty("en").GetString()!;
        Assert.StartsWith(speaker, citation.GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.EndsWith($"/en/meetings/2024-11-16-party-group-strategy-seminar#speech-{first.GetProperty("anchor").GetString()}", citation.GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Contains("2024年11月16日", citation.GetProperty("zh").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_or_hidden_meetings_return_404_problem_details_to_anonymous_callers()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var staff = await ArchiveBuilder.Meeting("Staff only", new DateOnly(2024, 1, 1), visibility: Visibility.StaffOnly).SaveAsync(db);
        var draft = await ArchiveBuilder.Meeting("Draft", new DateOnly(2024, 1, 2), status: PublicationStatus.Draft).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        foreach (var slug in new[] { "no-such-meeting", staff.Slug, draft.Slug })
        {
            using var response = await client.GetAsync($"/api/meetings/{slug}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        using var list = await ApiJson.GetAsync(client, "/api/meetings");
        Assert.Equal(0, list.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Staff_see_staff_only_meetings_through_the_API_but_never_drafts()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var staffOnly = await ArchiveBuilder.Meeting("Internal review", new DateOnly(2024, 5, 6), visibility: Visibility.StaffOnly).SaveAsync(db);
        var draft = await ArchiveBuilder.Meeting("Unfinished", new DateOnly(2024, 5, 7), status: PublicationStatus.Draft).SaveAsync(db);
        using var staff = await fixture.Portal.SignedInClientAsync(SeminarRoles.Staff);

        using var list = await ApiJson.GetAsync(staff, "/api/meetings");
        using var one = await ApiJson.GetAsync(staff, $"/api/meetings/{staffOnly.Slug}");
        using var hidden = await staff.GetAsync($"/api/meetings/{draft.Slug}");

        var item = Assert.Single(list.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(staffOnly.Slug, item.GetProperty("slug").GetString());
        Assert.Equal("staffOnly", one.RootElement.GetProperty("visibility").GetString());
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task One_meeting_sends_the_same_number_of_SQL_commands_for_two_speeches_and_for_forty()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Talent");
        var small = await ArchiveBuilder.Meeting("Short seminar", new DateOnly(2024, 1, 10)).WithSpeeches(2, theme).SaveAsync(db);
        var large = await ArchiveBuilder.Meeting("Long seminar", new DateOnly(2024, 1, 11)).WithSpeeches(40, theme).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var forSmall = await CountCommandsAsync(client, $"/api/meetings/{small.Slug}");
        var forLarge = await CountCommandsAsync(client, $"/api/meetings/{large.Slug}");

        Assert.Equal(forSmall, forLarge);
        Assert.InRange(forLarge, 1, 8);
    }

    private async Task<int> CountCommandsAsync(HttpClient client, string url)
    {
        fixture.Portal.SqlCommands.Reset();
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return fixture.Portal.SqlCommands.Count;
    }
}
