using System.Net;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Accounts;

[Collection(DatabaseTestGroup.Name)]
public sealed class AuthorisationTests(DatabaseFixture fixture)
{
    public static TheoryData<string> AdminPages => ["/en/admin/audit", "/en/admin/accounts", "/zh/admin/accounts"];

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_back(string url)
    {
        using var client = fixture.Portal.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var language = url[..3];
        Assert.Equal($"{language}/account/sign-in?ReturnUrl={Uri.EscapeDataString(url)}", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Staff_and_editors_are_refused_admin_pages(string url)
    {
        await fixture.ResetAsync();
        foreach (var role in new[] { SeminarRoles.Staff, SeminarRoles.Editor })
        {
            using var client = await fixture.Portal.SignedInClientAsync(role);

            var page = await HtmlPage.GetAsync(client, url);

            Assert.True(HttpStatusCode.Forbidden == page.Status, page.Address + " " + page.Text);
            Assert.Contains("/account/access-denied", page.Address.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_staff_only_meeting_is_shown_to_staff_and_to_nobody_else()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            await ArchiveBuilder.Meeting("Internal review", new DateOnly(2024, 5, 6), visibility: Visibility.StaffOnly).SaveAsync(db);
        }

        using var anonymous = fixture.Portal.CreateClient();
        using var staff = await fixture.Portal.SignedInClientAsync(SeminarRoles.Staff);

        var publicList = await HtmlPage.GetAsync(anonymous, "/en/meetings");
        var staffList = await HtmlPage.GetAsync(staff, "/en/meetings");

        Assert.DoesNotContain("Internal review", publicList.Text, StringComparison.Ordinal);
        Assert.Contains("Internal review", staffList.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_roles_the_code_names_are_the_roles_the_database_holds()
    {
        await using var db = fixture.CreateDbContext();

        var names = db.Roles.Select(r => r.Name).OrderBy(n => n).ToList();

        Assert.Equal(SeminarRoles.All.Order(StringComparer.Ordinal), names);
    }
}
