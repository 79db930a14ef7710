using System.Net;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Api;

[Collection(DatabaseTestGroup.Name)]
public sealed class PeopleAndThemesApiTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task People_list_and_person_show_only_people_from_meetings_an_anonymous_caller_may_see()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var shown = ArchiveBuilder.Person("Public Person", "公开者");
        var hidden = ArchiveBuilder.Person("Staff Person");
        var meeting = await ArchiveBuilder.Meeting("Public", new DateOnly(2024, 1, 1)).WithSpeech(shown, null).SaveAsync(db);
        await ArchiveBuilder.Meeting("Staff", new DateOnly(2024, 1, 2), visibility: Visibility.StaffOnly).WithSpeech(hidden, null).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        using var list = await ApiJson.GetAsync(client, "/api/people?pageSize=10");
        using var person = await ApiJson.GetAsync(client, $"/api/people/{shown.Slug}");
        using var hiddenResponse = await client.GetAsync($"/api/people/{hidden.Slug}");

        var item = Assert.Single(list.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(shown.Slug, item.GetProperty("slug").GetString());
        Assert.Equal("公开者", item.GetProperty("name").GetProperty("zh").GetString());
        Assert.Equal(1, list.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(meeting.Slug, person.RootElement.GetProperty("speeches")[0].GetProperty("meetingSlug").GetString());
        Assert.Equal(HttpStatusCode.NotFound, hiddenResponse.StatusCode);
        Assert.Equal("application/problem+json", hiddenResponse.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Theme_tree_nests_sub_themes_with_counts_of_visible_speeches()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var parent = ArchiveBuilder.Theme("Funding reform");
        var child = ArchiveBuilder.Theme("Peer review", "同行评议", parent);
        await ArchiveBuilder.Meeting("Public", new DateOnly(2024, 1, 1)).WithSpeech(ArchiveBuilder.Person("A"), null, child).SaveAsync(db);
        await ArchiveBuilder.Meeting("Draft", new DateOnly(2024, 1, 2), status: PublicationStatus.Draft).WithSpeech(ArchiveBuilder.Person("B"), null, child).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        using var tree = await ApiJson.GetAsync(client, "/api/themes");

        var root = Assert.Single(tree.RootElement.EnumerateArray());
        Assert.Equal(parent.Slug, root.GetProperty("slug").GetString());
        var nested = Assert.Single(root.GetProperty("children").EnumerateArray());
        Assert.Equal(child.Slug, nested.GetProperty("slug").GetString());
        Assert.Equal(1, nested.GetProperty("speechCount").GetInt32());
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_every_endpoint_of_the_API()
    {
        await fixture.ResetAsync();
        using var client = fixture.Portal.CreateClient();

        using var document = await ApiJson.GetAsync(client, "/openapi/v1.json");

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/meetings", paths);
        Assert.Contains("/api/meetings/{slug}", paths);
        Assert.Contains("/api/themes", paths);
        Assert.Contains("/api/people", paths);
        Assert.Contains("/api/people/{slug}", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/feeds", StringComparison.Ordinal));
    }
}
