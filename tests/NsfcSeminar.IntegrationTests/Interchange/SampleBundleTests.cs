using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>samples/meeting-kinds.json: invented records of the kinds the first model lacked,
/// every one marked as a sample, importing into the sample archive as it ships.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SampleBundleTests(DatabaseFixture fixture)
{
    private static readonly string BundlePath = Path.Combine(RepositoryFolder.Root, "samples", "meeting-kinds.json");

    [Fact]
    public async Task The_sample_bundle_of_meeting_kinds_imports_into_the_sample_archive_all_marked_as_samples()
    {
        await fixture.ResetWithSampleArchiveAsync();

        var bundle = await File.ReadAllBytesAsync(BundlePath);
        var slugs = Bundles.Parse(bundle)["seminars"]!.AsArray().Select(s => s!["slug"]!.GetValue<string>()).ToList();

        var report = await Archive.Shared(fixture).ImportAsync(bundle);

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        Assert.Equal(6, report.Counts[BundleSection.Seminars].Created);
        await using var db = fixture.CreateDbContext();
        var imported = await db.Meetings.AsNoTracking().Where(m => slugs.Contains(m.Slug))
            .Select(m => new { m.Kind, m.IsSample, m.Format }).ToListAsync();
        Assert.All(imported, m => Assert.True(m.IsSample));
        Assert.Superset(
            new HashSet<MeetingKind>
            {
                MeetingKind.PlenarySession, MeetingKind.EnlargedPartyGroupMeeting, MeetingKind.AdvisoryCommitteeMeeting,
                MeetingKind.InspectionVisit, MeetingKind.InternationalMeeting, MeetingKind.Ceremony,
            },
            imported.Select(m => m.Kind).ToHashSet());
        Assert.All(imported, m => Assert.Null(m.Format));
    }
}
