using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Api;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Reading;

/// <summary>One rule decides what a reader may know (ADR-013): a name is told only where a
/// seminar the reader may see carries it. Walked route by route, as each role.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed partial class HiddenNamesTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Every_reading_route_and_data_path_tells_hidden_names_only_to_the_roles_that_may_see_them()
    {
        var archive = await ResetAsync();
        var staffOnly = archive.StaffOnly;
        var toldToStaff = new Dictionary<string, string>
        {
            [$"/en/people/{staffOnly.Person.Slug}"] = staffOnly.Person.Name.En!,
            [$"/zh/people/{staffOnly.Person.Slug}"] = staffOnly.Person.Name.Zh!,
            [$"/en/organisations/{staffOnly.Organisation.Slug}"] = staffOnly.Organisation.Name.En!,
            [$"/zh/organisations/{archive.OpenBureau.Slug}"] = staffOnly.Organisation.Name.Zh!,
            [$"/en/meetings/{staffOnly.Meeting.Slug}"] = staffOnly.Group.Name.En!,
            [$"/en/meetings?series={staffOnly.Series.Slug}"] = staffOnly.Series.Name.En!,
            [$"/en/search?speaker={staffOnly.Person.Slug}"] = staffOnly.Person.Name.En!,
            [$"/zh/search?org={staffOnly.Organisation.Slug}"] = staffOnly.Organisation.Name.Zh!,
            [$"/en/search?series={staffOnly.Series.Slug}"] = staffOnly.Series.Name.En!,
            [$"/en/search?q={HiddenArchive.Word}"] = staffOnly.Person.Name.En!,
            [$"/search/export.csv?q={HiddenArchive.Word}"] = staffOnly.Person.Name.En!,
            [$"/search/export.json?q={HiddenArchive.Word}"] = staffOnly.Organisation.Name.Zh!,
            ["/api/people?pageSize=100"] = staffOnly.Person.Name.Zh!,
            [$"/api/people/{staffOnly.Person.Slug}"] = staffOnly.Meeting.Slug,
            [$"/api/meetings?series={staffOnly.Series.Slug}"] = staffOnly.Meeting.Slug,
        };

        foreach (var (role, client) in await ReadersAsync())
        {
            using (client)
            {
                var maySeeStaffOnly = role != "anonymous";
                foreach (var url in ReadingRoutes.ForTheReader(archive))
                {
                    var answer = await ReadAnswer.GetAsync(client, url);
                    Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{role}: {url} answered {(int)answer.Status}");
                    answer.AssertTellsNone(archive.SecretsFor(maySeeStaffOnly), role);
                    if (maySeeStaffOnly && toldToStaff.TryGetValue(url, out var name))
                    {
                        answer.AssertTells(name, role);
                    }
                }

                foreach (var url in ReadingRoutes.ForEveryone(archive))
                {
                    var answer = await ReadAnswer.GetAsync(client, url);
                    Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{role}: {url} answered {(int)answer.Status}");
                    answer.AssertTellsNone(archive.SecretsFor(maySeeStaffOnly: false), role);
                }
            }
        }
    }

    [Fact]
    public async Task Counts_on_the_home_page_and_in_the_theme_tree_count_only_what_the_role_may_see()
    {
        var archive = await ResetAsync();

        foreach (var (role, client) in await ReadersAsync())
        {
            using (client)
            {
                var visible = role == "anonymous" ? "1" : "2";
                var home = await HtmlPage.GetAsync(client, "/en/");
                using var tree = await ApiJson.GetAsync(client, "/api/themes");

                var counts = home.Document.QuerySelectorAll(".counts li strong").Select(c => c.TextContent).ToList();
                Assert.Equal([visible, visible, visible, visible], counts);
                var speechCounts = tree.RootElement.EnumerateArray().ToDictionary(t => t.GetProperty("slug").GetString()!, t => t.GetProperty("speechCount").GetInt32().ToString(CultureInfo.InvariantCulture));
                Assert.Equal(visible, speechCounts[archive.Theme.Slug]);
                Assert.Equal(role == "anonymous" ? "0" : "1", speechCounts[archive.QuietTheme.Slug]);
            }
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task A_person_or_organisation_named_only_in_hidden_seminars_answers_exactly_like_an_unknown_slug(string language)
    {
        var archive = await ResetAsync();
        using var client = fixture.Portal.CreateClient();

        foreach (var (kind, slug) in archive.All.SelectMany(h => new[] { ("people", h.Person.Slug), ("organisations", h.Organisation.Slug) }))
        {
            var hidden = await ReadAnswer.GetAsync(client, $"/{language}/{kind}/{slug}");
            var unknown = await ReadAnswer.GetAsync(client, $"/{language}/{kind}/no-such-slug");

            Assert.Equal(HttpStatusCode.NotFound, hidden.Status);
            Assert.Equal(Normalised(unknown, "no-such-slug"), Normalised(hidden, slug));
        }

        var api = await ReadAnswer.GetAsync(client, $"/api/people/{archive.StaffOnly.Person.Slug}");
        Assert.Equal(HttpStatusCode.NotFound, api.Status);
    }

    [Fact]
    public async Task The_old_slug_of_a_hidden_person_leads_nowhere_rather_than_to_the_new_slug()
    {
        var archive = await ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            db.Add(new SlugRedirect { RecordType = RecordType.Person, OldSlug = "vexmoor-old-slug", NewSlug = archive.StaffOnly.Person.Slug });
            await db.SaveWithRevisionsAsync();
        }

        using var anonymous = fixture.Portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var staff = await fixture.Portal.SignedInClientAsync(SeminarRoles.Staff);

        using var hidden = await anonymous.GetAsync("/en/people/vexmoor-old-slug");
        var shown = await HtmlPage.GetAsync(staff, "/en/people/vexmoor-old-slug");

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Null(hidden.Headers.Location);
        Assert.Equal($"/en/people/{archive.StaffOnly.Person.Slug}", shown.Address.AbsolutePath);
        Assert.Contains(archive.StaffOnly.Person.Name.En!, shown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oai_ListSets_names_only_series_with_a_seminar_a_harvester_may_see()
    {
        var archive = await ResetAsync();
        using var client = fixture.Portal.CreateClient();

        var sets = await ReadAnswer.GetAsync(client, "/oai?verb=ListSets");

        sets.AssertTells($"series:{archive.OpenSeries.Slug}", "harvester");
        sets.AssertTells($"theme:{archive.QuietTheme.Slug}", "harvester");
        sets.AssertTellsNone(archive.SecretsFor(maySeeStaffOnly: false), "harvester");
    }

    /// <summary>The body with the slug asked for and what differs on every response (the CSP
    /// nonce, data-protected antiforgery tokens and component state) blanked out.</summary>
    private static string Normalised(ReadAnswer answer, string slug) =>
        PerResponse().Replace(answer.Body.Replace(slug, "SLUG", StringComparison.Ordinal), "");

    [GeneratedRegex("(?<=nonce=\")[^\"]*|CfDJ8[A-Za-z0-9+/=_-]*")]
    private static partial Regex PerResponse();

    private async Task<HiddenArchive> ResetAsync()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        return await HiddenArchive.SaveAsync(db);
    }

    private async Task<List<(string Role, HttpClient Client)>> ReadersAsync() =>
    [
        ("anonymous", fixture.Portal.CreateClient()),
        .. await Task.WhenAll(new[] { SeminarRoles.Staff, SeminarRoles.Editor, SeminarRoles.Admin }
            .Select(async role => (role, await fixture.Portal.SignedInClientAsync(role)))),
    ];
}
