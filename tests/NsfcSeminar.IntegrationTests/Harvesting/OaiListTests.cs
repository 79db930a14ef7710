using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using static NsfcSeminar.IntegrationTests.Harvesting.OaiResponse;

namespace NsfcSeminar.IntegrationTests.Harvesting;

[Collection(DatabaseTestGroup.Name)]
public sealed class OaiListTests(DatabaseFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Long_lists_resume_page_by_page_until_an_empty_token()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        await AddSeminarsAsync(db, meetings: 30, speechesEach: 3);
        using var client = fixture.Portal.CreateClient();

        var first = await GetAsync(client, "verb=ListRecords&metadataPrefix=oai_dc");
        var firstToken = first.ResumptionToken!;
        var second = await GetAsync(client, $"verb=ListRecords&resumptionToken={Uri.EscapeDataString(firstToken.Value)}");
        var lastToken = second.ResumptionToken!;

        Assert.Equal(100, first.Identifiers.Count);
        Assert.Equal(20, second.Identifiers.Count);
        Assert.Equal(("120", "0"), (firstToken.Attribute("completeListSize")!.Value, firstToken.Attribute("cursor")!.Value));
        Assert.Equal(("120", "100", ""), (lastToken.Attribute("completeListSize")!.Value, lastToken.Attribute("cursor")!.Value, lastToken.Value));
        Assert.Equal(firstToken.Value, second.Request.Attribute("resumptionToken")!.Value);
        var all = first.Identifiers.Concat(second.Identifiers).ToList();
        Assert.Equal(120, all.Distinct().Count());
        Assert.Equal(30, all.Count(id => id.Contains(":meeting/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ListIdentifiers_resumes_with_the_arguments_of_the_first_request()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var series = await AddSeminarsAsync(db, meetings: 40, speechesEach: 2);
        await AddSeminarsAsync(db, meetings: 5, speechesEach: 1);
        using var client = fixture.Portal.CreateClient();

        var first = await GetAsync(client, $"verb=ListIdentifiers&metadataPrefix=oai_dc&set=series:{series.Slug}");
        var second = await GetAsync(client, $"verb=ListIdentifiers&resumptionToken={Uri.EscapeDataString(first.ResumptionToken!.Value)}");

        Assert.Equal(120, first.Identifiers.Count + second.Identifiers.Count);
        Assert.Equal("120", second.ResumptionToken!.Attribute("completeListSize")!.Value);
        Assert.All(second.Root.Descendants(Oai + "header"), h => Assert.Contains($"series:{series.Slug}", h.Elements(Oai + "setSpec").Select(s => s.Value)));
    }

    [Fact]
    public async Task Sets_select_by_series_and_by_theme()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var archive = await OaiArchive.SaveAsync(db);
        var other = await ArchiveBuilder.Meeting("Untagged seminar", new DateOnly(2023, 5, 5)).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var bySeries = await GetAsync(client, $"verb=ListIdentifiers&metadataPrefix=oai_dc&set=series:{archive.Series.Slug}");
        var byTheme = await GetAsync(client, $"verb=ListIdentifiers&metadataPrefix=oai_dc&set=theme:{archive.Theme.Slug}");
        var everything = await GetAsync(client, "verb=ListIdentifiers&metadataPrefix=oai_dc");

        Assert.Equal([archive.PublicId, archive.SpeechId(0), archive.SpeechId(1)], bySeries.Identifiers);
        Assert.Equal([archive.PublicId, archive.SpeechId(0), archive.SpeechId(1)], byTheme.Identifiers);
        Assert.Contains($"oai:nsfc-seminar:meeting/{other.Slug}", everything.Identifiers);
    }

    [Fact]
    public async Task A_datestamp_moves_when_the_record_changes_and_from_until_follow_it()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var archive = await OaiArchive.SaveAsync(db);
        var past = new DateTimeOffset(2020, 3, 4, 5, 6, 7, TimeSpan.Zero);
        await db.Meetings.ExecuteUpdateAsync(m => m.SetProperty(x => x.UpdatedAt, past));
        await db.Speeches.ExecuteUpdateAsync(s => s.SetProperty(x => x.UpdatedAt, past));
        using var client = fixture.Portal.CreateClient();
        var getRecord = $"verb=GetRecord&metadataPrefix=oai_dc&identifier={archive.PublicId}";

        var before = await GetAsync(client, getRecord);
        var inDay = await GetAsync(client, "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2020-03-04&until=2020-03-04");
        var inSecond = await GetAsync(client, "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2020-03-04T05:06:07Z&until=2020-03-04T05:06:07Z");
        var afterSecond = await GetAsync(client, "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2020-03-04T05:06:08Z");

        await using (var edit = fixture.CreateDbContext())
        {
            var meeting = await edit.Meetings.SingleAsync(m => m.Id == archive.Public.Id);
            meeting.Place = Bilingual.Of("Hefei", "合肥");
            await edit.SaveWithRevisionsAsync();
        }

        var after = await GetAsync(client, getRecord);
        var since = await GetAsync(client, "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2021-01-01");

        Assert.Equal("2020-03-04T05:06:07Z", before.Header(archive.PublicId)!.Element(Oai + "datestamp")!.Value);
        Assert.Equal(3, inDay.Identifiers.Count);
        Assert.Equal(3, inSecond.Identifiers.Count);
        Assert.Equal("noRecordsMatch", afterSecond.ErrorCode);
        var changed = DateTimeOffset.Parse(after.Header(archive.PublicId)!.Element(Oai + "datestamp")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(changed > DateTimeOffset.UtcNow.AddMinutes(-5));

        // The speeches show their meeting's place and date, so they change with it.
        Assert.Equal([archive.PublicId, archive.SpeechId(0), archive.SpeechId(1)], since.Identifiers);
    }

    [Fact]
    public async Task A_page_of_records_costs_the_same_SQL_commands_for_few_records_and_for_many()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var few = await AddSeminarsAsync(db, meetings: 2, speechesEach: 1);
        var many = await AddSeminarsAsync(db, meetings: 30, speechesEach: 4);
        using var client = fixture.Portal.CreateClient();

        var forFew = await CountCommandsAsync(client, $"verb=ListRecords&metadataPrefix=oai_dc&set=series:{few.Slug}");
        var forMany = await CountCommandsAsync(client, $"verb=ListRecords&metadataPrefix=oai_dc&set=series:{many.Slug}");

        output.WriteLine($"SQL commands for a ListRecords page: {forFew} for 4 records, {forMany} for a full page of 100");
        Assert.Equal(forFew, forMany);
        Assert.InRange(forMany, 1, 16);
    }

    private async Task<int> CountCommandsAsync(HttpClient client, string query)
    {
        fixture.Portal.SqlCommands.Reset();
        var response = await GetAsync(client, query);
        Assert.Null(response.ErrorCode);
        return fixture.Portal.SqlCommands.Count;
    }

    private static async Task<MeetingSeries> AddSeminarsAsync(NsfcSeminar.Data.SeminarDbContext db, int meetings, int speechesEach)
    {
        var series = new MeetingSeries { Slug = ArchiveBuilder.UniqueSlug("series"), Name = Bilingual.Of("Series") };
        var theme = ArchiveBuilder.Theme("Talent");
        for (var i = 1; i <= meetings; i++)
        {
            var meeting = ArchiveBuilder.Meeting($"Seminar {i}", new DateOnly(2023, 1, 1).AddDays(i)).WithSpeeches(speechesEach, theme);
            meeting.Series = series;
            db.Meetings.Add(meeting);
        }

        await db.SaveWithRevisionsAsync();
        return series;
    }
}
