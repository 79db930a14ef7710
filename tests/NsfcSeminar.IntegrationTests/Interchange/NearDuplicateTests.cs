using System.Globalization;
using System.Text;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>New records whose name another record has are reported, never merged; PostgreSQL
/// finds the shared names (issue 14), so the warnings must read as they did when the import
/// matched them in memory.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class NearDuplicateTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_name_shared_by_more_than_ten_names_ten_of_them_first_by_key_then_by_age_and_more()
    {
        await fixture.ResetAsync();
        var archive = Archive.Shared(fixture);
        Assert.True((await archive.ImportAsync(People(("zhang-wei-00", """{"en": "Zhang Wei"}""")))).Succeeded);

        // Odd positions in English, even ones in Chinese: 张伟 is "zhangwei" in pinyin.
        var report = await archive.ImportAsync(People([.. Enumerable.Range(1, 12).Select(i =>
            ($"zhang-wei-{i:00}", i % 2 == 1 ? """{"en": "ZHANG Wei"}""" : """{"zh": "张伟"}"""))]));

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        Assert.Equal(12, report.Warnings.Count);
        Assert.Equal(
            "people[0] (slug 'zhang-wei-01'): has the same name as 'zhang-wei-00', 'zhang-wei-02', 'zhang-wei-03', 'zhang-wei-04', 'zhang-wei-05', " +
            "'zhang-wei-06', 'zhang-wei-07', 'zhang-wei-08', 'zhang-wei-09', 'zhang-wei-10' and more; kept apart, not merged: if they are the same, use one slug",
            report.Warnings[0]);
        // Its Chinese namesakes first (04 … 12), then the rest by age, eleven in all, then by slug.
        Assert.StartsWith(
            "people[1] (slug 'zhang-wei-02'): has the same name as 'zhang-wei-00', 'zhang-wei-01', 'zhang-wei-03', 'zhang-wei-04', 'zhang-wei-05', " +
            "'zhang-wei-06', 'zhang-wei-07', 'zhang-wei-08', 'zhang-wei-09', 'zhang-wei-10' and more;",
            report.Warnings[1], StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"people[{i}]"), report.Warnings.Select(w => w[..w.IndexOf(' ', StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task Namesakes_in_chunks_written_apart_are_reported_in_the_order_of_the_section()
    {
        await fixture.ResetAsync();
        var people = Enumerable.Range(0, 5_002).Select(i => ($"person-{i}", $$"""{"en": "Person {{Bundles.Letters(i)}}"}""")).ToArray();
        people[5_001] = ("person-5001", """{"en": "Person A"}""");

        var report = await Archive.Shared(fixture).ImportAsync(People(people));

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        Assert.Equal(
            [
                "people[0] (slug 'person-0'): has the same name as 'person-5001'; kept apart, not merged: if they are the same, use one slug",
                "people[5001] (slug 'person-5001'): has the same name as 'person-0'; kept apart, not merged: if they are the same, use one slug",
            ],
            report.Warnings);
    }

    [Fact]
    public async Task Organisations_and_people_are_each_reported_and_a_dry_run_reports_the_same()
    {
        await fixture.ResetAsync();
        var archive = Archive.Shared(fixture);
        var bundle = """
            { "format": 2,
              "organisations": [ { "slug": "nsfc", "name": { "en": "NSFC" } }, { "slug": "nsfc-2", "name": { "en": "N.S.F.C." } } ],
              "people": [ { "slug": "wang-lan", "name": { "zh": "王兰" } }, { "slug": "wang-lan-2", "name": { "en": "Wang Lan" } } ] }
            """;

        var dryRun = await archive.ImportAsync(bundle, dryRun: true);
        var report = await archive.ImportAsync(bundle);

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        Assert.Equal(
            [
                "organisations[0] (slug 'nsfc'): has the same name as 'nsfc-2'; kept apart, not merged: if they are the same, use one slug",
                "organisations[1] (slug 'nsfc-2'): has the same name as 'nsfc'; kept apart, not merged: if they are the same, use one slug",
                "people[0] (slug 'wang-lan'): has the same name as 'wang-lan-2'; kept apart, not merged: if they are the same, use one slug",
                "people[1] (slug 'wang-lan-2'): has the same name as 'wang-lan'; kept apart, not merged: if they are the same, use one slug",
            ],
            report.Warnings);
        Assert.Equal(report.Warnings, dryRun.Warnings);
    }

    private static byte[] People(params (string Slug, string Name)[] people)
    {
        var json = new StringBuilder("""{"format": 2, "people": [""");
        json.AppendJoin(",", people.Select(p => string.Create(CultureInfo.InvariantCulture, $$"""{"slug": "{{p.Slug}}", "name": {{p.Name}}}""")));
        return Encoding.UTF8.GetBytes(json.Append("]}").ToString());
    }
}
