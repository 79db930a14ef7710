using System.Text;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>A bundle of more new records than PostgreSQL's lock table holds (64 per connection
/// by default, 6,400 on a server of 100 connections) imports: new records take no lock for their
/// first revision. Before, 20,000 people failed with "out of shared memory".</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class LargeImportTests(DatabaseFixture fixture)
{
    private const int People = 8_000;

    [Fact]
    public async Task A_bundle_of_more_new_people_than_the_lock_table_holds_imports_whole_with_a_revision_each()
    {
        await fixture.ResetAsync();

        var report = await Archive.Shared(fixture).ImportAsync(Bundle());

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        Assert.Equal(People, report.Counts[BundleSection.People].Created);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(People, await db.People.CountAsync());
        Assert.Equal(People, await db.Set<NsfcSeminar.Data.Model.Revision>().CountAsync(r => r.RecordType == NsfcSeminar.Data.Model.RecordType.Person));
    }

    private static byte[] Bundle()
    {
        var json = new StringBuilder("{\"format\": 2, \"people\": [");
        for (var i = 0; i < People; i++)
        {
            json.Append(i == 0 ? "" : ",").Append("{\"slug\": \"person-").Append(i).Append("\", \"name\": {\"en\": \"Person ").Append(i).Append("\"}}");
        }

        return Encoding.UTF8.GetBytes(json.Append("]}").ToString());
    }
}
