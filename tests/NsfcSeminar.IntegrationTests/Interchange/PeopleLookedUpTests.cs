using System.Text;
using System.Text.Json.Nodes;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>Past <see cref="Web.Features.Interchange.Importing.ArchiveImport.PeopleHeldWhole"/>
/// people an import no longer holds every person's slug: it asks PostgreSQL for the people each
/// seminar names (issue 14). Here it holds two at most, so that the sample archive is past it:
/// seminars must still resolve, compare and read back as when every person is held.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class PeopleLookedUpTests(DatabaseFixture fixture)
{
    private const int TwoPeople = 2;

    [Fact]
    public async Task The_sample_archive_imported_into_an_empty_database_holding_two_people_exports_byte_identical()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var first = await Archive.Shared(fixture).ExportAsync();

        await using var copy = await Archive.CreateEmptyAsync("nsfc_people_looked_up");
        var report = await copy.ImportAsync(first, peopleHeldAtMost: TwoPeople);

        Assert.True(report.Committed, string.Join("\n", report.DescribeProblems()));
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(await copy.ExportAsync()));
    }

    [Fact]
    public async Task Stored_seminars_compared_holding_two_people_are_unchanged_but_the_one_the_bundle_changes()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var archive = Archive.Shared(fixture);
        var bundle = Bundles.Parse(await archive.ExportAsync());
        var seminars = bundle["seminars"]!.AsArray();
        seminars[0]!["texts"]!["en"]!["title"] = "A title the archive does not have";

        var report = await archive.ImportAsync(bundle.Bytes(), peopleHeldAtMost: TwoPeople);

        Assert.True(report.Committed, string.Join("\n", report.DescribeProblems()));
        Assert.Equal(1, report.Counts[BundleSection.Seminars].Updated);
        Assert.Equal(seminars.Count - 1, report.Counts[BundleSection.Seminars].Unchanged);
        Assert.True(JsonNode.DeepEquals(bundle, Bundles.Parse(await archive.ExportAsync())));
    }

    [Fact]
    public async Task A_seminar_naming_an_unknown_person_is_refused_as_when_every_person_is_held()
    {
        var bundle = Bundles.Parse("""
            { "format": 1, "seminars": [ {
                "slug": "2025-05-01-names-people", "kind": "Seminar", "startDate": "2025-05-01", "format": "InPerson",
                "status": "Published", "visibility": "Public", "texts": { "en": { "title": "T", "provenance": "Original" } },
                "participants": [ { "role": "Presiding", "person": "dou-xiankang" }, { "role": "Guest", "person": "nobody-at-all" } ] } ] }
            """).Bytes();

        var held = await ProblemsAsync(bundle, peopleHeldAtMost: int.MaxValue);
        var lookedUp = await ProblemsAsync(bundle, TwoPeople);

        Assert.Equal(
            ["bundle.json, seminars[0] (slug '2025-05-01-names-people'), field 'participants[1].person': refers to a person 'nobody-at-all', which is neither in this bundle nor in the archive"],
            held);
        Assert.Equal(held, lookedUp);
    }

    private async Task<List<string>> ProblemsAsync(byte[] bundle, int peopleHeldAtMost)
    {
        await fixture.ResetWithSampleArchiveAsync();
        var report = await Archive.Shared(fixture).ImportAsync(bundle, peopleHeldAtMost: peopleHeldAtMost);
        Assert.False(report.Committed);
        return [.. report.DescribeProblems()];
    }
}
