using System.Net;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Editing;

[Collection(DatabaseTestGroup.Name)]
public sealed class EditingAuthorisationTests(DatabaseFixture fixture)
{
    private const string Slug = "2024-05-06-workspace-authorisation";

    public static TheoryData<string> EditPages =>
    [
        "/en/edit",
        "/zh/edit?status=Draft",
        "/en/edit/meetings/new",
        $"/en/edit/meetings/{Slug}",
        $"/en/edit/meetings/{Slug}/speeches/new",
        $"/zh/edit/meetings/{Slug}/speeches/keynote",
    ];

    [Theory]
    [MemberData(nameof(EditPages))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var client = fixture.Portal.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"{url[..3]}/account/sign-in?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EditPages))]
    public async Task Staff_and_admins_without_the_editor_role_are_refused(string url)
    {
        await fixture.ResetAsync();
        foreach (var role in new[] { SeminarRoles.Staff, SeminarRoles.Admin })
        {
            using var client = await fixture.Portal.SignedInClientAsync(role);

            var page = await HtmlPage.GetAsync(client, url);

            Assert.True(HttpStatusCode.Forbidden == page.Status, $"{role}: {page.Address} {page.Text}");
        }
    }

    [Fact]
    public async Task Editors_get_the_workspace_and_the_nav_links_to_it_for_them_only()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            await ArchiveBuilder.Meeting("A draft only editors see", new DateOnly(2024, 5, 6), PublicationStatus.Draft).SaveAsync(db);
        }

        using var editor = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);
        using var anonymous = fixture.Portal.CreateClient();

        var workspace = await HtmlPage.GetAsync(editor, "/en/edit");
        var home = await HtmlPage.GetAsync(anonymous, "/en/");

        Assert.Equal(HttpStatusCode.OK, workspace.Status);
        Assert.Contains("A draft only editors see", workspace.Text, StringComparison.Ordinal);
        Assert.Contains("/edit", workspace.Links);
        Assert.DoesNotContain("/edit", home.Links);
    }
}
