using NsfcSeminar.IntegrationTests.Infrastructure;
using static NsfcSeminar.IntegrationTests.Harvesting.OaiResponse;

namespace NsfcSeminar.IntegrationTests.Harvesting;

/// <summary>Every bad request answers with the protocol's own error code (OAI-PMH 2.0, section 3.6).</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class OaiErrorTests(DatabaseFixture fixture)
{
    [Theory]
    [InlineData("", "badVerb")]
    [InlineData("verb=", "badVerb")]
    [InlineData("verb=Fetch", "badVerb")]
    [InlineData("verb=identify", "badVerb")]
    [InlineData("verb=Identify&verb=Identify", "badVerb")]
    [InlineData("verb=Identify&extra=1", "badArgument")]
    [InlineData("verb=ListRecords", "badArgument")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2024-13-01", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01T00:00:00", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-02-01T00:00:00Z", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2024-02-01&until=2024-01-01", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&set=not%20a%20set", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc", "badArgument")]
    [InlineData("verb=GetRecord&identifier=oai:nsfc-seminar:meeting/x", "badArgument")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat")]
    [InlineData("verb=GetRecord&metadataPrefix=mods&identifier=oai:nsfc-seminar:meeting/nowhere", "cannotDisseminateFormat")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:nsfc-seminar:meeting/nowhere", "idDoesNotExist")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:other:meeting/x", "idDoesNotExist")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:nsfc-seminar:speech/a/b/c", "idDoesNotExist")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=%3Cscript%3E", "idDoesNotExist")]
    [InlineData("verb=ListMetadataFormats&identifier=oai:nsfc-seminar:meeting/nowhere", "idDoesNotExist")]
    [InlineData("verb=ListRecords&resumptionToken=not-a-token", "badResumptionToken")]
    [InlineData("verb=ListIdentifiers&resumptionToken=%00%01", "badResumptionToken")]
    [InlineData("verb=ListRecords&resumptionToken=MXxvYWlfZGN8fHx8bXwtMXww", "badResumptionToken")]
    [InlineData("verb=ListSets&resumptionToken=abc", "badResumptionToken")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&until=1990-01-01", "noRecordsMatch")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc&set=series:no-such-series", "noRecordsMatch")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc&set=elsewhere", "noRecordsMatch")]
    public async Task Bad_requests_answer_with_the_protocol_error(string query, string code)
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        await OaiArchive.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var response = await GetAsync(client, query);

        Assert.Equal(code, response.ErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(response.Root.Element(Oai + "error")!.Value));
    }

    [Fact]
    public async Task A_tampered_resumption_token_is_refused()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        await OaiArchive.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();
        var token = "MXxvYWlfZGN8fHx8bXwxMHwxMA"[..^2] + "!!";

        var response = await GetAsync(client, $"verb=ListRecords&resumptionToken={token}");

        Assert.Equal("badResumptionToken", response.ErrorCode);
        Assert.Equal(token, response.Request.Attribute("resumptionToken")!.Value);
    }

    [Fact]
    public async Task Drafts_staff_only_and_archived_records_do_not_exist_for_harvesters()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var archive = await OaiArchive.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        foreach (var hidden in new[] { archive.Draft, archive.StaffOnly, archive.Archived })
        {
            var meeting = await GetAsync(client, $"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:nsfc-seminar:meeting/{hidden.Slug}");
            var speech = await GetAsync(client, $"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:nsfc-seminar:speech/{hidden.Slug}/{hidden.Speeches[0].Anchor}");

            Assert.Equal("idDoesNotExist", meeting.ErrorCode);
            Assert.Equal("idDoesNotExist", speech.ErrorCode);
        }

        var all = await GetAsync(client, "verb=ListRecords&metadataPrefix=oai_dc");
        Assert.DoesNotContain(all.Identifiers, id => id.Contains(archive.Draft.Slug, StringComparison.Ordinal)
            || id.Contains(archive.StaffOnly.Slug, StringComparison.Ordinal) || id.Contains(archive.Archived.Slug, StringComparison.Ordinal));
    }
}
