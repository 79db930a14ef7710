using System.Net;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Organisations;

[Collection(DatabaseTestGroup.Name)]
public sealed class OrganisationPageTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Shows_parent_units_reports_and_appearances()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var foundation = ArchiveBuilder.Organisation("Test Foundation");
        var bureau = ArchiveBuilder.Organisation("Test Bureau", "测试局", foundation);
        var meeting = ArchiveBuilder.Meeting("Reporting seminar", new DateOnly(2024, 2, 2));
        meeting.Participations.Add(new Participation { Role = ParticipantRole.Reporter, Organisation = bureau });
        meeting.Speeches.Add(new Speech
        {
            Anchor = "bureau-report",
            Kind = SpeechKind.Report,
            SpeakerOrganisation = bureau,
            Texts = { new SpeechText { Language = Language.En, Title = "Report on reform ideas", BodyMarkdown = "Ideas." } },
        });
        await meeting.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/organisations/{bureau.Slug}");
        var parentPage = await HtmlPage.GetAsync(client, $"/organisations/{foundation.Slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"/organisations/{foundation.Slug}", page.Links);
        Assert.Contains($"/meetings/{meeting.Slug}#speech-bureau-report", page.Links);
        Assert.Contains("Reporting seminar", page.Text, StringComparison.Ordinal);
        Assert.Contains($"/organisations/{bureau.Slug}", parentPage.Links);
    }

    [Fact]
    public async Task Unknown_organisation_slug_returns_404()
    {
        await fixture.ResetAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/organisations/no-such-body");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }
}
