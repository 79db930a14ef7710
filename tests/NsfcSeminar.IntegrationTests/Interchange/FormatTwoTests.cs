using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>Format 2: who spoke without a name, what participants did, sessions and sources with
/// archived copies; and format 1 bundles, kept as a fixture, still import.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class FormatTwoTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_format_1_bundle_kept_from_before_imports_and_exports_again_as_format_2()
    {
        await fixture.ResetAsync();
        var archive = Archive.Shared(fixture);
        var formatOne = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Interchange", "Fixtures", "format-1.json"));

        var report = await archive.ImportAsync(formatOne);

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        var exported = Bundles.Parse(await archive.ExportAsync());
        Assert.Equal(2, exported["format"]!.GetValue<int>());
        Assert.Equal("2025-03-01-test-seminar", exported.Seminar()["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sessions_sources_and_speakers_without_a_name_import_and_come_back_byte_for_byte()
    {
        await fixture.ResetAsync();
        var archive = Archive.Shared(fixture);
        Assert.True((await archive.ImportAsync(Bundles.WithSessionsAndSources().Bytes())).Succeeded);

        var first = await archive.ExportAsync();
        var again = await archive.ImportAsync(first);

        Assert.True(again.Succeeded, string.Join("\n", again.DescribeProblems()));
        Assert.All(again.Counts.Values, c => Assert.Equal(0, c.Created + c.Updated));
        Assert.Equal(first, await archive.ExportAsync());
        var seminar = Bundles.Parse(first).Seminar();
        Assert.Equal("day-two", seminar["speeches"]![1]!["session"]!.GetValue<string>());
        Assert.Equal("一位北京大学教授", seminar["speeches"]![1]!["speakerDescription"]!["zh"]!.GetValue<string>());
        Assert.Equal(110, seminar["participants"]![1]!["groupSize"]!.GetValue<int>());
        Assert.Equal(Convert.ToBase64String(Bundles.Release), seminar["sources"]![0]!["copies"]![0]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_group_keeps_the_organisations_its_members_come_from_and_a_slug_nobody_has_is_refused()
    {
        await fixture.ResetAsync();
        var archive = Archive.Shared(fixture);
        var bundle = Bundles.Parse(Bundles.Minimal);
        bundle["attendeeGroups"]![0]!["organisations"] = new JsonArray("test-foundation");
        Assert.True((await archive.ImportAsync(bundle.Bytes())).Succeeded);

        var exported = Bundles.Parse(await archive.ExportAsync());
        bundle["attendeeGroups"]![0]!["organisations"] = new JsonArray("no-such-body");
        var refused = await archive.ImportAsync(bundle.Bytes());

        Assert.Equal("test-foundation", exported["attendeeGroups"]![0]!["organisations"]![0]!.GetValue<string>());
        Assert.Contains(refused.DescribeProblems(), p => p.Contains("'organisations[0]': refers to an organisation 'no-such-body'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_archived_copy_keeps_its_hash_size_and_the_text_read_out_of_it_without_its_script()
    {
        await fixture.ResetAsync();
        Assert.True((await Archive.Shared(fixture).ImportAsync(Bundles.WithSessionsAndSources().Bytes())).Succeeded);

        await using var db = fixture.CreateDbContext();
        var copy = await db.ArchivedCopies.AsNoTracking().SingleAsync();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Bundles.Release)), copy.Sha256);
        Assert.Equal(Bundles.Release.Length, copy.Size);
        Assert.Equal("The plenary session discussed open science.", copy.ExtractedText);
    }

    [Fact]
    public async Task A_copy_whose_hash_does_not_match_its_bytes_is_refused_and_nothing_is_stored()
    {
        await fixture.ResetAsync();
        var bundle = Bundles.WithSessionsAndSources();
        bundle.Seminar()["sources"]![0]!["copies"]![0]!["sha256"] = new string('0', 64);

        var report = await Archive.Shared(fixture).ImportAsync(bundle.Bytes());

        Assert.False(report.Succeeded);
        Assert.Contains(report.DescribeProblems(), p => p.Contains("'sources[0].copies[0].sha256': does not match the content", StringComparison.Ordinal));
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Meetings.AnyAsync());
    }

    [Fact]
    public async Task A_speech_naming_a_session_the_seminar_does_not_have_is_refused()
    {
        await fixture.ResetAsync();
        var bundle = Bundles.WithSessionsAndSources();
        bundle.Seminar()["speeches"]![1]!["session"] = "day-nine";

        var report = await Archive.Shared(fixture).ImportAsync(bundle.Bytes());

        Assert.Contains(report.DescribeProblems(), p => p.Contains("'speeches[1].session': 'day-nine' is not the anchor of a session", StringComparison.Ordinal));
    }
}
