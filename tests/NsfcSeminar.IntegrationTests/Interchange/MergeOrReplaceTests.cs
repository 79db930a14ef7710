using Microsoft.EntityFrameworkCore;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>A bundle updating a record changes only what it states, unless the import replaces
/// records whole; either way the report lists every field it changes, old → new.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class MergeOrReplaceTests(DatabaseFixture fixture)
{
    /// <summary>The person of the minimal bundle named in English only, as a second source might.</summary>
    private const string EnglishOnly = """
        { "format": 2, "people": [ { "slug": "wang-lan", "name": { "en": "Wang Lan" } } ] }
        """;

    [Fact]
    public async Task A_person_restated_in_English_only_keeps_the_Chinese_name_and_honorific()
    {
        await fixture.ResetAsync();
        var archive = Archive.Shared(fixture);
        Assert.True((await archive.ImportAsync(Bundles.Minimal)).Succeeded);

        var report = await archive.ImportAsync(EnglishOnly);

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        Assert.Equal(1, report.Counts[BundleSection.People].Unchanged);
        Assert.Empty(report.Changes);
        await using var db = fixture.CreateDbContext();
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Slug == "wang-lan");
        Assert.Equal("王兰", person.Name.Zh);
        Assert.Equal("Academician", person.Honorific.En);
    }

    [Fact]
    public async Task Replacing_removes_what_the_bundle_leaves_out_and_the_dry_run_says_so_field_by_field()
    {
        await fixture.ResetAsync();
        var archive = Archive.Shared(fixture);
        Assert.True((await archive.ImportAsync(Bundles.Minimal)).Succeeded);

        var preview = await archive.ImportAsync(EnglishOnly, dryRun: true, mode: ImportMode.Replace);
        var done = await archive.ImportAsync(EnglishOnly, mode: ImportMode.Replace);

        var change = Assert.Single(preview.Changes);
        Assert.Equal(("people", "wang-lan"), (change.Section, change.Slug));
        Assert.Equal(
            [new FieldChange("name.zh", "王兰", null), new FieldChange("honorific", """{"en":"Academician"}""", null)],
            change.Fields);
        Assert.Equal(preview.Changes.Single().Fields, done.Changes.Single().Fields);
        await using var db = fixture.CreateDbContext();
        Assert.Null((await db.People.AsNoTracking().SingleAsync(p => p.Slug == "wang-lan")).Name.Zh);
    }

    [Fact]
    public async Task A_seminar_restating_its_place_keeps_its_speeches_and_reports_the_one_change()
    {
        await fixture.ResetAsync();
        var archive = Archive.Shared(fixture);
        Assert.True((await archive.ImportAsync(Bundles.Minimal)).Succeeded);
        var update = Bundles.Parse(Bundles.Minimal);
        update.Remove("themes");
        update.Remove("organisations");
        update.Remove("people");
        update.Remove("attendeeGroups");
        update.Remove("series");
        update.Remove("documents");
        var seminar = update.Seminar();
        seminar.Remove("speeches");
        seminar.Remove("participants");
        seminar["place"] = new System.Text.Json.Nodes.JsonObject { ["en"] = "Hangzhou" };

        var report = await archive.ImportAsync(update.Bytes());

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        var change = Assert.Single(report.Changes);
        Assert.Equal([new FieldChange("place.en", "Beijing", "Hangzhou")], change.Fields);
        await using var db = fixture.CreateDbContext();
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Speeches).Include(m => m.Participations).SingleAsync();
        Assert.Equal(("Hangzhou", "北京"), (meeting.Place.En, meeting.Place.Zh));
        Assert.Single(meeting.Speeches);
        Assert.Equal(2, meeting.Participations.Count);
    }
}
