using System.Text;
using System.Text.Json.Nodes;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>Each kind of bad bundle gets a clear message naming the file, the record and the
/// field, and leaves the archive exactly as it was (its export is byte-identical afterwards).</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class BadInputTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Several_errors_are_reported_together_and_nothing_is_written()
    {
        var bundle = Bundles.Parse(Bundles.Minimal);
        bundle["people"]!.AsArray().Add(JsonNode.Parse("""{ "slug": "Not A Slug", "name": { "en": "Somebody" } }"""));
        var seminar = bundle.Seminar();
        seminar["sequenceNumber"] = "first";
        var second = JsonNode.Parse(Bundles.Parse(Bundles.Minimal).Seminar().ToJsonString())!.AsObject();
        second["slug"] = "2025-03-02-second-test-seminar";
        second["organiser"] = "no-such-organisation";
        second["endDate"] = "2025-02-01";
        bundle["seminars"]!.AsArray().Add(second);

        var (report, lines) = await ImportIntoSampleArchiveAsync(bundle.Bytes());

        Assert.Equal(4, report.Problems.Count);
        Assert.Contains(lines, l => l.StartsWith("bad.json, people[1] (slug 'Not A Slug'), field 'slug': expected a slug", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("bad.json, seminars[0] (slug '2025-03-01-test-seminar'), field 'sequenceNumber': expected a whole number", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("bad.json, seminars[1] (slug '2025-03-02-second-test-seminar'), field 'organiser': refers to an organisation 'no-such-organisation'", StringComparison.Ordinal));
        Assert.Contains("bad.json, seminars[1] (slug '2025-03-02-second-test-seminar'), field 'endDate': is before the start date 2025-03-01", lines);
    }

    [Fact]
    public async Task A_missing_field_and_a_value_of_the_wrong_shape_are_each_reported_once()
    {
        var bundle = Bundles.Parse(Bundles.Minimal);
        bundle.Seminar().Remove("kind");
        bundle.Seminar()["texts"]!["en"] = "A test seminar";
        bundle.Seminar()["themes"]![0] = 5;

        var (_, lines) = await ImportIntoSampleArchiveAsync(bundle.Bytes());

        const string at = "bad.json, seminars[0] (slug '2025-03-01-test-seminar')";
        Assert.Equal([$"{at}, field 'texts.en': expected an object", $"{at}, field 'themes[0]': expected a string (text in double quotes)", $"{at}: required field 'kind' is missing"], lines);
    }

    [Fact]
    public async Task Malformed_JSON_is_refused_with_its_line()
    {
        var bundle = Bundles.Minimal.Replace("\"kind\": \"Seminar\",", "\"kind\": \"Seminar\"", StringComparison.Ordinal);

        var (_, lines) = await ImportIntoSampleArchiveAsync(Encoding.UTF8.GetBytes(bundle));

        var line = Assert.Single(lines);
        Assert.StartsWith("bad.json: malformed JSON at line 26:", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_ends_early_is_refused()
    {
        var (_, lines) = await ImportIntoSampleArchiveAsync(Encoding.UTF8.GetBytes(Bundles.Minimal[..900]));

        Assert.Contains(lines, l => l.Contains("the file ends early", StringComparison.Ordinal) || l.Contains("malformed JSON", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_types_name_the_field_and_what_was_expected()
    {
        var bundle = Bundles.Parse(Bundles.Minimal);
        bundle.Seminar()["startDate"] = "1st of March";
        bundle["themes"]![0]!["sortOrder"] = "1";
        bundle["documents"]![0]!["title"] = "A title without languages";
        bundle.Seminar()["speeches"]![0]!["kind"] = "Sermon";

        var (_, lines) = await ImportIntoSampleArchiveAsync(bundle.Bytes());

        Assert.True(lines.Contains("bad.json, themes[0] (slug 'open-science'), field 'sortOrder': expected a whole number"), string.Join("\n", lines));
        Assert.Contains("bad.json, documents[0] (slug 'test-regulation'), field 'title': expected an object", lines);
        Assert.Contains("bad.json, seminars[0] (slug '2025-03-01-test-seminar'), field 'startDate': expected a date written YYYY-MM-DD", lines);
        Assert.Contains(lines, l => l.StartsWith("bad.json, seminars[0] (slug '2025-03-01-test-seminar'), field 'speeches[0].kind': expected one of PresidingSpeech, Keynote", StringComparison.Ordinal));
        Assert.Equal(4, lines.Count);
    }

    [Fact]
    public async Task Every_bad_field_of_every_record_is_reported_not_only_the_first()
    {
        var bundle = Bundles.Parse(Bundles.Minimal);
        bundle["themes"]![1]!["sortOrder"] = "zero";
        bundle["themes"]![1]!["name"] = null;
        bundle["people"]![0]!["honorific"] = 5;
        bundle["people"]![0]!["nickname"] = "Lan";
        var seminar = bundle.Seminar();
        seminar["startDate"] = "1st of March";
        seminar["sequenceNumber"] = "first";
        seminar["organiser"] = "no-such-organisation";
        seminar["speeches"]![0]!["kind"] = "Sermon";
        seminar["speeches"]![0]!["texts"]!["en"]!["bodyMarkdown"] = null;
        seminar["speeches"]![0]!["texts"]!["en"]!["bodyHtml"] = "<p>x</p>";

        var (report, lines) = await ImportIntoSampleArchiveAsync(bundle.Bytes());

        Assert.Equal(10, report.Problems.Count);
        const string seminar0 = "bad.json, seminars[0] (slug '2025-03-01-test-seminar'), field";
        Assert.Equal(
            [
                "bad.json, themes[1] (slug 'science-policy'), field 'sortOrder': expected a whole number",
                "bad.json, themes[1] (slug 'science-policy'), field 'name': must have a value, not null",
                "bad.json, people[0] (slug 'wang-lan'), field 'honorific': expected an object",
                "bad.json, people[0] (slug 'wang-lan'), field 'nickname': unknown field 'nickname': format 2 has no such field (see docs/interchange.md)",
                $"{seminar0} 'sequenceNumber': expected a whole number",
                $"{seminar0} 'startDate': expected a date written YYYY-MM-DD",
                $"{seminar0} 'speeches[0].kind': expected one of PresidingSpeech, Keynote, Report, Discussion, ClosingRemarks, Speech, GuestSpeech, QuestionAndAnswer, WrittenStatement",
                $"{seminar0} 'speeches[0].texts.en.bodyMarkdown': must have a value, not null",
                $"{seminar0} 'speeches[0].texts.en.bodyHtml': unknown field 'bodyHtml': format 2 has no such field (see docs/interchange.md)",
                $"{seminar0} 'organiser': refers to an organisation 'no-such-organisation', which is neither in this bundle nor in the archive",
            ],
            lines);
    }

    [Fact]
    public async Task Unknown_fields_and_sections_are_refused()
    {
        var bundle = Bundles.Parse(Bundles.Minimal);
        bundle.Seminar()["speeches"]![0]!["texts"]!["en"]!["bodyHtml"] = "<p>x</p>";
        bundle["comments"] = "made by hand";

        var (_, lines) = await ImportIntoSampleArchiveAsync(bundle.Bytes());

        Assert.Contains(lines, l => l.StartsWith("bad.json, seminars[0] (slug '2025-03-01-test-seminar'), field 'speeches[0].texts.en.bodyHtml': unknown field 'bodyHtml'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("bad.json: unknown section \"comments\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"format\": 3, \"seminars\": []}", "unsupported format version (3): this portal reads formats 1 and 2")]
    [InlineData("{\"seminars\": [], \"format\": 2}", "the bundle must begin with \"format\": 2")]
    [InlineData("[1, 2, 3]", "expected the bundle to be one JSON object")]
    public async Task Bundles_in_another_format_are_refused(string bundle, string expected)
    {
        var (_, lines) = await ImportIntoSampleArchiveAsync(Encoding.UTF8.GetBytes(bundle));

        Assert.Contains(expected, Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_UTF8_is_refused_with_where_it_is()
    {
        var bytes = Encoding.UTF8.GetBytes(Bundles.Minimal.Replace("Opening", "Open\u0001ng", StringComparison.Ordinal));
        var at = Array.IndexOf(bytes, (byte)1);
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var (_, lines) = await ImportIntoSampleArchiveAsync(bytes);

        Assert.Contains("the file is not valid UTF-8", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_slugs_within_a_bundle_are_refused()
    {
        var bundle = Bundles.Parse(Bundles.Minimal);
        bundle["people"]!.AsArray().Add(JsonNode.Parse("""{ "slug": "wang-lan", "name": { "en": "Wang Lan again" } }"""));
        bundle["seminars"]!.AsArray().Add(JsonNode.Parse(bundle.Seminar().ToJsonString()));
        bundle.Seminar()["speeches"]!.AsArray().Add(JsonNode.Parse(bundle.Seminar()["speeches"]![0]!.ToJsonString()));

        var (_, lines) = await ImportIntoSampleArchiveAsync(bundle.Bytes());

        Assert.Contains(lines, l => l.StartsWith("bad.json, people[1] (slug 'wang-lan'), field 'slug': 'wang-lan' is already the slug of people[0]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("bad.json, seminars[1] (slug '2025-03-01-test-seminar'), field 'slug': '2025-03-01-test-seminar' is already the slug of seminars[0]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("bad.json, seminars[0] (slug '2025-03-01-test-seminar'), field 'speeches[1].anchor': 'opening' is already the anchor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task References_to_slugs_that_exist_nowhere_are_refused_and_those_in_the_archive_accepted()
    {
        var bundle = Bundles.Parse("""
            { "format": 1, "seminars": [ {
                "slug": "2025-05-01-refers-to-the-archive", "kind": "Seminar", "startDate": "2025-05-01", "format": "InPerson",
                "status": "Published", "visibility": "Public", "texts": { "en": { "title": "T", "provenance": "Original" } },
                "themes": [ "basic-research", "no-such-theme" ],
                "participants": [ { "role": "Presiding", "person": "dou-xiankang" }, { "role": "Guest", "person": "nobody-at-all" } ] } ] }
            """);

        var (_, lines) = await ImportIntoSampleArchiveAsync(bundle.Bytes());

        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.Contains("field 'themes[1]': refers to a theme 'no-such-theme', which is neither in this bundle nor in the archive", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("field 'participants[1].person': refers to a person 'nobody-at-all'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cycle_of_parents_is_refused()
    {
        var bundle = Bundles.Parse(Bundles.Minimal);
        bundle["themes"]![1]!["parent"] = "open-science";

        var (_, lines) = await ImportIntoSampleArchiveAsync(bundle.Bytes());

        Assert.Contains(lines, l => l.Contains("field 'parent': makes a cycle", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deeply_nested_JSON_is_refused_before_it_is_parsed()
    {
        var nested = new string('[', 100_000) + new string(']', 100_000);
        var bundle = Bundles.Minimal.Replace("\"sortOrder\": 0,", $"\"sortOrder\": 0, \"x\": {nested},", StringComparison.Ordinal);

        var (_, lines) = await ImportIntoSampleArchiveAsync(Encoding.UTF8.GetBytes(bundle));

        var line = Assert.Single(lines);
        Assert.Contains("malformed JSON", line, StringComparison.Ordinal);
        Assert.Contains("maximum configured depth of 16", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_larger_than_the_limit_is_refused_without_reading_it_whole()
    {
        var huge = new string('x', 20 * 1024 * 1024);
        var bundle = Bundles.Minimal.Replace("We **open** the seminar.", huge, StringComparison.Ordinal);

        var (_, lines) = await ImportIntoSampleArchiveAsync(Encoding.UTF8.GetBytes(bundle));

        Assert.Contains("is larger than 16 MB, the most one record may hold", Assert.Single(lines), StringComparison.Ordinal);
    }

    /// <summary>Imports into the sample archive and checks it is unchanged; returns the report
    /// and its lines.</summary>
    private async Task<(ImportReport Report, List<string> Lines)> ImportIntoSampleArchiveAsync(byte[] bundle)
    {
        await fixture.ResetWithSampleArchiveAsync();
        var archive = Archive.Shared(fixture);
        var before = await archive.ExportAsync();

        var report = await archive.ImportAsync(bundle, name: "bad.json");

        Assert.False(report.Succeeded);
        Assert.False(report.Committed);
        Assert.Equal(before, await archive.ExportAsync());
        return (report, report.DescribeProblems().ToList());
    }
}
