using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>New records are written with binary COPY inside the one import transaction (issue 14):
/// all or nothing still, each with its first revision, and found by search once committed.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class BulkImportTests(DatabaseFixture fixture)
{
    private const int Seminars = 250;
    private const int SpeechesEach = 3;

    [Fact]
    public async Task New_seminars_imported_in_bulk_have_their_first_revisions_and_search_documents()
    {
        await fixture.ResetAsync();

        var report = await Archive.Shared(fixture).ImportAsync(SeminarBundle(bad: null));

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        Assert.Equal(Seminars, report.Counts[BundleSection.Seminars].Created);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(Seminars * SpeechesEach, await db.Speeches.CountAsync());
        Assert.Equal(Seminars, await db.Set<Revision>().CountAsync(r => r.RecordType == RecordType.Meeting && r.Number == 1 && r.Action == RevisionAction.Created));
        Assert.Equal(Seminars * SpeechesEach, await db.Set<Revision>().CountAsync(r => r.RecordType == RecordType.Speech && r.Number == 1));
        Assert.Equal(Seminars * (SpeechesEach + 1), await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM search_documents").SingleAsync());
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM search_pending").SingleAsync());
    }

    [Fact]
    public async Task An_import_says_which_stages_its_time_went_to()
    {
        await fixture.ResetAsync();

        var report = await Archive.Shared(fixture).ImportAsync(SeminarBundle(bad: null));

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        foreach (var stage in new[] { ImportStage.Parsing, ImportStage.Checking, ImportStage.Copying, ImportStage.Revisions, ImportStage.SearchHandOff, ImportStage.Commit })
        {
            Assert.True(report.Clock[stage] > TimeSpan.Zero, $"no time was counted towards {stage}");
        }

        Assert.Contains("copying ", report.Clock.Describe(), StringComparison.Ordinal);
        Assert.Contains("revisions ", report.Clock.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_of_new_seminars_with_one_bad_record_stores_nothing_and_says_which()
    {
        await fixture.ResetAsync();

        // Seminar 180 comes after the first hundred were copied: those are rolled back too.
        var report = await Archive.Shared(fixture).ImportAsync(SeminarBundle(bad: 180));

        Assert.False(report.Succeeded);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((BundleSection.Seminars, 180, "seminar-180"), (problem.Section!.Value, problem.Position!.Value, problem.Slug));
        Assert.Contains("nobody", problem.Message, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(0, await db.Meetings.CountAsync());
        Assert.Equal(0, await db.People.CountAsync());
        Assert.Equal(0, await db.Set<Revision>().CountAsync());
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM search_documents").SingleAsync());
    }

    [Fact]
    public async Task A_bundle_that_breaks_off_while_a_batch_is_copied_behind_the_reading_stores_nothing()
    {
        await fixture.ResetAsync();
        // The first hundred seminars are being copied while the next are read, up to the break.
        var whole = Encoding.UTF8.GetString(SeminarBundle(bad: null));
        var broken = Encoding.UTF8.GetBytes(whole[..whole.IndexOf("\"seminar-150\"", StringComparison.Ordinal)]);

        var report = await Archive.Shared(fixture).ImportAsync(broken);

        Assert.False(report.Succeeded);
        Assert.Single(report.Problems);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_batch_the_database_refuses_while_the_next_is_read_stops_the_import_by_the_database_word()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE meeting_texts ADD CONSTRAINT refuses_seminar_50 CHECK (title <> 'Seminar 50')");
        }

        try
        {
            var report = await Archive.Shared(fixture).ImportAsync(SeminarBundle(bad: null));

            Assert.False(report.Succeeded);
            Assert.Contains("the database refused the import", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
            await AssertNothingStoredAsync();
        }
        finally
        {
            await using var db = fixture.CreateDbContext();
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE meeting_texts DROP CONSTRAINT refuses_seminar_50");
        }
    }

    [Fact]
    public async Task A_bundle_of_thirty_thousand_new_people_imports_whole_and_one_bad_one_stops_it_by_name()
    {
        const int people = 30_000;
        await fixture.ResetAsync();
        var archive = Archive.Shared(fixture);

        var refused = await archive.ImportAsync(PeopleBundle(people, bad: 29_000));
        var problem = Assert.Single(refused.Problems);
        Assert.Equal((BundleSection.People, 29_000, "person-29000"), (problem.Section!.Value, problem.Position!.Value, problem.Slug));
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(0, await db.People.CountAsync());
        }

        var report = await archive.ImportAsync(PeopleBundle(people, bad: null));

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        Assert.Equal(people, report.Counts[BundleSection.People].Created);
        await using var check = fixture.CreateDbContext();
        Assert.Equal(people, await check.People.CountAsync());
        Assert.Equal("Person " + Bundles.Letters(29_999), (await check.People.SingleAsync(p => p.Slug == "person-29999")).Name.En);
        Assert.Equal(people, await check.Set<Revision>().CountAsync(r => r.RecordType == RecordType.Person && r.Action == RevisionAction.Created));
    }

    [Fact]
    public async Task A_slug_repeated_after_its_chunk_was_written_names_where_it_first_stood()
    {
        await fixture.ResetAsync();
        var archive = Archive.Shared(fixture);
        Assert.True((await archive.ImportAsync(PeopleBundle(3, bad: null))).Succeeded);
        var bundle = Bundles.Parse(PeopleBundle(5_003, bad: null));
        var people = bundle["people"]!.AsArray();
        // After the first chunks are written (2,000 records each): a stored person's slug, a new
        // one's, one still waiting.
        people.Add(people[1]!.DeepClone());
        people.Add(people[4]!.DeepClone());
        people.Add(people[5_001]!.DeepClone());

        var report = await archive.ImportAsync(bundle.Bytes());

        Assert.False(report.Committed);
        Assert.Equal(
            [
                "bundle.json, people[5003] (slug 'person-1'), field 'slug': 'person-1' is already the slug of people[1]; each slug may appear once in a bundle",
                "bundle.json, people[5004] (slug 'person-4'), field 'slug': 'person-4' is already the slug of people[4]; each slug may appear once in a bundle",
                "bundle.json, people[5005] (slug 'person-5001'), field 'slug': 'person-5001' is already the slug of people[5001]; each slug may appear once in a bundle",
            ],
            report.DescribeProblems());
        await using var db = fixture.CreateDbContext();
        Assert.Equal(3, await db.People.CountAsync());
    }

    private async Task AssertNothingStoredAsync()
    {
        await using var db = fixture.CreateDbContext();
        Assert.Equal(0, await db.Meetings.CountAsync());
        Assert.Equal(0, await db.Speeches.CountAsync());
        Assert.Equal(0, await db.Set<Revision>().CountAsync());
    }

    private static byte[] PeopleBundle(int count, int? bad)
    {
        var json = new StringBuilder("{\"format\": 2, \"people\": [");
        for (var i = 0; i < count; i++)
        {
            var name = i == bad ? "{}" : $"{{\"en\": \"Person {Bundles.Letters(i)}\"}}";
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"{{\"slug\": \"person-{i}\", \"name\": {name}}}");
        }

        return Encoding.UTF8.GetBytes(json.Append("]}").ToString());
    }

    private static byte[] SeminarBundle(int? bad)
    {
        var json = new StringBuilder("""{"format": 2, "people": [{"slug": "speaker", "name": {"en": "A speaker"}}], "seminars": [""");
        for (var i = 0; i < Seminars; i++)
        {
                        var speeches = string.Join(",", Enumerable.Range(0, SpeechesEach).Select(n =>
                $$"""{"anchor": "s{{n}}", "kind": "Speech", "person": "{{(i == bad && n == 0 ? "nobody" : "speaker")}}", "texts": {"en": {"title": "Remarks {{n}}", "bodyMarkdown": "Words {{i}}.", "provenance": "Original"} } }"""));
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$$"""
                {"slug": "seminar-{{{i}}}", "kind": "Seminar", "startDate": "2025-01-01", "format": "InPerson", "status": "Published", "visibility": "Public",
                 "texts": {"en": {"title": "Seminar {{{i}}}", "provenance": "Original"}}, "speeches": [{{{speeches}}}]}
                """);
        }

        return Encoding.UTF8.GetBytes(json.Append("]}").ToString());
    }
}
