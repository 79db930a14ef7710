using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.IntegrationTests.Interchange;

[Collection(DatabaseTestGroup.Name)]
public sealed class ImportTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_bundle_creates_every_record_it_holds_linked_by_slug()
    {
        await fixture.ResetAsync();

        var report = await Archive.Shared(fixture).ImportAsync(Bundles.Minimal);

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        Assert.Equal(1, report.Counts[BundleSection.Seminars].Created);
        Assert.Equal(2, report.Counts[BundleSection.Themes].Created);
        await using var db = fixture.CreateDbContext();
        var meeting = await db.Meetings.AsNoTracking()
            .Include(m => m.Speeches).ThenInclude(s => s.Themes)
            .Include(m => m.Participations).ThenInclude(p => p.Person)
            .Include(m => m.Series)
            .SingleAsync(m => m.Slug == "2025-03-01-test-seminar");
        Assert.Equal("test-seminars", meeting.Series?.Slug);
        Assert.Equal("王兰", meeting.Participations.Single(p => p.Role == ParticipantRole.Presiding).Person?.Name.Zh);
        Assert.Equal("open-science", Assert.Single(Assert.Single(meeting.Speeches).Themes).Slug);
        var child = await db.ReformThemes.AsNoTracking().Include(t => t.Parent).SingleAsync(t => t.Slug == "open-science");
        Assert.Equal("science-policy", child.Parent?.Slug);
    }

    [Fact]
    public async Task Importing_the_same_bundle_twice_changes_nothing_the_second_time()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var archive = Archive.Shared(fixture);
        var bundle = await archive.ExportAsync();
        DateTimeOffset[] stampsBefore;
        await using (var db = fixture.CreateDbContext())
        {
            stampsBefore = await db.Meetings.OrderBy(m => m.Id).Select(m => m.UpdatedAt).ToArrayAsync();
        }

        var report = await archive.ImportAsync(bundle);

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        Assert.All(report.Counts.Values, c => Assert.Equal(0, c.Created + c.Updated));
        Assert.Equal(6, report.Counts[BundleSection.Seminars].Unchanged);
        Assert.Equal(bundle, await archive.ExportAsync());
        await using var check = fixture.CreateDbContext();
        Assert.Equal(stampsBefore, await check.Meetings.OrderBy(m => m.Id).Select(m => m.UpdatedAt).ToArrayAsync());
    }

    [Fact]
    public async Task An_updated_bundle_updates_the_records_it_names_by_slug_and_leaves_the_rest_alone()
    {
        await fixture.ResetAsync();
        var archive = Archive.Shared(fixture);
        await archive.ImportAsync(Bundles.Minimal);
        int meetingId;
        await using (var db = fixture.CreateDbContext())
        {
            meetingId = await db.Meetings.Where(m => m.Slug == "2025-03-01-test-seminar").Select(m => m.Id).SingleAsync();
        }

        var bundle = Bundles.Parse(Bundles.Minimal);
        bundle["people"]![0]!["name"]!["en"] = "Wang Lan (corrected)";
        var seminar = bundle.Seminar();
        seminar["texts"]!["en"]!["title"] = "A corrected title";
        seminar["speeches"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""
            { "anchor": "closing", "kind": "ClosingRemarks", "organisation": "test-foundation",
              "texts": { "zh": { "title": "结束语", "bodyMarkdown": "谢谢。", "provenance": "Original" } } }
            """));
        var report = await archive.ImportAsync(bundle.Bytes());

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        Assert.Equal((0, 1, 0), (report.Counts[BundleSection.Seminars].Created, report.Counts[BundleSection.Seminars].Updated, report.Counts[BundleSection.Seminars].Unchanged));
        Assert.Equal((0, 1, 0), (report.Counts[BundleSection.People].Created, report.Counts[BundleSection.People].Updated, report.Counts[BundleSection.People].Unchanged));
        Assert.Equal(1, report.Counts[BundleSection.Organisations].Unchanged);
        await using var check = fixture.CreateDbContext();
        var meeting = await check.Meetings.AsNoTracking().Include(m => m.Texts).Include(m => m.Speeches).SingleAsync(m => m.Slug == "2025-03-01-test-seminar");
        Assert.Equal(meetingId, meeting.Id);
        Assert.Equal("A corrected title", Assert.Single(meeting.Texts).Title);
        Assert.Equal(["opening", "closing"], meeting.Speeches.OrderBy(s => s.SortOrder).Select(s => s.Anchor));
        Assert.Equal("Wang Lan (corrected)", (await check.People.SingleAsync(p => p.Slug == "wang-lan")).Name.En);
    }

    [Fact]
    public async Task A_new_person_with_the_name_of_another_is_reported_and_not_merged()
    {
        await fixture.ResetAsync();
        var archive = Archive.Shared(fixture);
        await archive.ImportAsync(Bundles.Minimal);

        var bundle = Bundles.Parse("""
            { "format": 1, "people": [ { "slug": "wang-lan-2", "name": { "en": "WANG Lan" } }, { "slug": "lan-wang", "name": { "zh": "王 兰" } } ] }
            """);
        var report = await archive.ImportAsync(bundle.Bytes());

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        Assert.Equal(2, report.Counts[BundleSection.People].Created);
        Assert.Equal(2, report.Warnings.Count);
        Assert.All(report.Warnings, w => Assert.Contains("'wang-lan'", w, StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.StartsWith("people[0] (slug 'wang-lan-2')", StringComparison.Ordinal));
        await using var db = fixture.CreateDbContext();
        Assert.Equal(3, await db.People.CountAsync());
    }

    [Fact]
    public async Task A_dry_run_reports_what_it_would_do_and_writes_nothing()
    {
        await fixture.ResetAsync();
        var archive = Archive.Shared(fixture);

        var report = await archive.ImportAsync(Bundles.Minimal, dryRun: true);

        Assert.True(report.Succeeded);
        Assert.False(report.Committed);
        Assert.Equal(1, report.Counts[BundleSection.Seminars].Created);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(0, await db.Meetings.CountAsync());
        Assert.Equal(0, await db.People.CountAsync());
    }

    [Fact]
    public async Task A_seminar_imported_again_under_another_slug_is_imported_with_a_warning_naming_the_archived_one()
    {
        await fixture.ResetAsync();
        var archive = Archive.Shared(fixture);
        Assert.True((await archive.ImportAsync(Bundles.Minimal)).Succeeded);
        var again = Bundles.Parse(Bundles.Minimal);
        again.Seminar()["slug"] = "2025-03-01-test-seminar-again";
        again.Seminar()["speeches"] = new System.Text.Json.Nodes.JsonArray();
        var retitled = again.Seminar().DeepClone().AsObject();
        retitled["slug"] = "2025-03-09-test-seminar";
        retitled["startDate"] = "2025-03-09";
        retitled.Remove("series");
        retitled.Remove("sequenceNumber");
        again["seminars"]!.AsArray().Add(retitled);

        var report = await archive.ImportAsync(again.Bytes());

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        Assert.Equal(2, report.Counts[BundleSection.Seminars].Created);
        Assert.Equal(
            [
                "seminars[0] (slug '2025-03-01-test-seminar-again'): has the same date, series and number as '2025-03-01-test-seminar'; imported as a new seminar: if they are the same, use one slug",
                "seminars[1] (slug '2025-03-09-test-seminar'): has the same title as '2025-03-01-test-seminar'; imported as a new seminar: if they are the same, use one slug",
            ],
            report.Warnings);
    }
}
