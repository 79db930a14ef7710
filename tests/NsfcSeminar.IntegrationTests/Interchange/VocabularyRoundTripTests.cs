using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>Vocabularies are copied without the change tracker, and people are written a chunk
/// at a time while their section is read (issue 14): every record must still read back as the
/// bundle stated it, with its first revision, and a problem late in the section must still leave
/// nothing written.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class VocabularyRoundTripTests(DatabaseFixture fixture)
{
    /// <summary>More than the records written at a time (<see cref="Web.Features.Interchange.Importing.VocabularyImport{TRecord, TEntity}.ChunkSize"/>),
    /// so that chunks are written while the section is still being read.</summary>
    private const int ManyPeople = 5_003;

    private static readonly string[] Vocabularies = ["themes", "organisations", "people", "attendeeGroups", "series", "documents"];

    [Fact]
    public async Task Every_vocabulary_of_the_sample_archive_and_thousands_of_people_read_back_as_stated_with_their_first_revisions()
    {
        var bundle = await VocabulariesWithManyPeopleAsync();

        await using var copy = await Archive.CreateEmptyAsync("nsfc_vocabulary_copy");
        var report = await copy.ImportAsync(bundle.Bytes());
        var stored = Bundles.Parse(await copy.ExportAsync());

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        foreach (var section in Vocabularies)
        {
            var stated = BySlug(bundle[section]);
            var read = BySlug(stored[section]);
            Assert.Equal(stated.Keys.Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
            foreach (var (slug, record) in stated)
            {
                Assert.True(JsonNode.DeepEquals(record, read[slug]), $"{section} '{slug}': stated {record.ToJsonString()}, stored {read[slug].ToJsonString()}");
            }
        }

        await using var db = await copy.Factory.CreateDbContextAsync();
        var firsts = await db.Set<Revision>().Where(r => r.Number == 1 && r.Action == RevisionAction.Created)
            .GroupBy(r => r.RecordType).Select(g => new { Type = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Type, g => g.Count);
        Assert.Equal(bundle["people"]!.AsArray().Count, firsts[RecordType.Person]);
        Assert.Equal(bundle["organisations"]!.AsArray().Count, firsts[RecordType.Organisation]);
        Assert.Equal(bundle["themes"]!.AsArray().Count, firsts[RecordType.Theme]);
    }

    [Fact]
    public async Task A_slug_repeated_after_thousands_of_people_were_written_leaves_nothing_written()
    {
        var bundle = await VocabulariesWithManyPeopleAsync();
        var people = bundle["people"]!.AsArray();
        people.Add(people[0]!.DeepClone());

        await using var copy = await Archive.CreateEmptyAsync("nsfc_vocabulary_copy");
        var report = await copy.ImportAsync(bundle.Bytes());

        Assert.False(report.Committed);
        Assert.Contains(report.DescribeProblems(), p => p.Contains("each slug may appear once", StringComparison.Ordinal));
        await using var db = await copy.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.People.CountAsync());
        Assert.Equal(0, await db.Organisations.CountAsync());
        Assert.Equal(0, await db.Set<Revision>().CountAsync());
    }

    /// <summary>The sample archive's vocabularies (both languages, honorifics, parents, a group's
    /// organisations), without its seminars, and thousands more people, named in both languages.</summary>
    private async Task<JsonObject> VocabulariesWithManyPeopleAsync()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var bundle = Bundles.Parse(await Archive.Shared(fixture).ExportAsync());
        bundle.Remove("seminars");
        var people = bundle["people"]!.AsArray();
        for (var i = 0; i < ManyPeople; i++)
        {
            people.Add(new JsonObject
            {
                ["slug"] = $"many-person-{i:D5}",
                ["name"] = new JsonObject { ["zh"] = $"测试人{i}", ["en"] = $"Ceshi Ren {i}" },
                ["honorific"] = new JsonObject { ["zh"] = "院士", ["en"] = "Academician" },
            });
        }

        return bundle;
    }

    private static Dictionary<string, JsonNode> BySlug(JsonNode? section) =>
        section!.AsArray().ToDictionary(r => r!["slug"]!.GetValue<string>(), r => r!, StringComparer.Ordinal);
}
