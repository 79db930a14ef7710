using NsfcSeminar.IntegrationTests.Infrastructure;
using static NsfcSeminar.IntegrationTests.Harvesting.OaiResponse;

namespace NsfcSeminar.IntegrationTests.Harvesting;

[Collection(DatabaseTestGroup.Name)]
public sealed class OaiVerbTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Identify_describes_the_repository_and_declares_second_granularity()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        await OaiArchive.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var response = await GetAsync(client, "verb=Identify");

        var identify = response.Root.Element(Oai + "Identify")!;
        Assert.Equal("Identify", response.Request.Attribute("verb")!.Value);
        Assert.Equal("http://localhost/oai", identify.Element(Oai + "baseURL")!.Value);
        Assert.Equal("2.0", identify.Element(Oai + "protocolVersion")!.Value);
        Assert.Equal("YYYY-MM-DDThh:mm:ssZ", identify.Element(Oai + "granularity")!.Value);
        Assert.Equal("no", identify.Element(Oai + "deletedRecord")!.Value);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", identify.Element(Oai + "earliestDatestamp")!.Value);
        Assert.Contains("@", identify.Element(Oai + "adminEmail")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListMetadataFormats_offers_oai_dc_for_the_repository_and_for_an_item()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var archive = await OaiArchive.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var all = await GetAsync(client, "verb=ListMetadataFormats");
        var forItem = await GetAsync(client, $"verb=ListMetadataFormats&identifier={archive.SpeechId(0)}");

        foreach (var response in new[] { all, forItem })
        {
            var format = Assert.Single(response.Root.Descendants(Oai + "metadataFormat"));
            Assert.Equal("oai_dc", format.Element(Oai + "metadataPrefix")!.Value);
            Assert.Equal("http://www.openarchives.org/OAI/2.0/oai_dc/", format.Element(Oai + "metadataNamespace")!.Value);
        }

        Assert.Equal(archive.SpeechId(0), forItem.Request.Attribute("identifier")!.Value);
    }

    [Fact]
    public async Task ListSets_names_the_series_and_theme_hierarchies()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var archive = await OaiArchive.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var response = await GetAsync(client, "verb=ListSets");

        var specs = response.Root.Descendants(Oai + "setSpec").Select(s => s.Value).ToList();
        Assert.Contains("series", specs);
        Assert.Contains($"series:{archive.Series.Slug}", specs);
        Assert.Contains("theme", specs);
        Assert.Contains($"theme:{archive.Theme.Slug}", specs);
        var name = response.Root.Descendants(Oai + "set").Single(s => s.Element(Oai + "setSpec")!.Value == $"theme:{archive.Theme.Slug}");
        Assert.Equal("Funding efficiency / 资助效能", name.Element(Oai + "setName")!.Value);
    }

    [Fact]
    public async Task ListIdentifiers_lists_published_public_meetings_and_speeches_only()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var archive = await OaiArchive.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var response = await GetAsync(client, "verb=ListIdentifiers&metadataPrefix=oai_dc");

        Assert.Equal([archive.PublicId, archive.SpeechId(0), archive.SpeechId(1)], response.Identifiers);
        Assert.Empty(response.Root.Descendants(Oai + "metadata"));
        Assert.Null(response.ResumptionToken);
        var setSpecs = response.Header(archive.SpeechId(0))!.Elements(Oai + "setSpec").Select(s => s.Value);
        Assert.Equal(["series", $"series:{archive.Series.Slug}", "theme", $"theme:{archive.Theme.Slug}"], setSpecs);
    }

    [Fact]
    public async Task ListRecords_describes_a_meeting_in_Dublin_Core_in_both_languages()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var archive = await OaiArchive.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var response = await GetAsync(client, "verb=ListRecords&metadataPrefix=oai_dc");

        var dc = response.Metadata(archive.PublicId)!;
        Assert.Equal(["采集的研讨会|zh-Hans", "Harvested seminar|en"], Values(dc, "title"));
        Assert.Contains("Speaker 1|en", Values(dc, "creator"));
        Assert.Contains("Funding efficiency|en", Values(dc, "subject"));
        Assert.Contains("资助效能|zh-Hans", Values(dc, "subject"));
        Assert.Equal(["An English summary.|en", "中文摘要。|zh-Hans"], Values(dc, "description").Order(StringComparer.Ordinal));
        Assert.Equal(["2024-11-16|"], Values(dc, "date"));
        Assert.Equal(["Event|"], Values(dc, "type"));
        Assert.Equal(["zh-Hans|", "en|"], Values(dc, "language"));
        Assert.Contains($"http://localhost/en/meetings/{archive.Public.Slug}|", Values(dc, "identifier"));
        Assert.Contains($"http://localhost/zh/meetings/{archive.Public.Slug}|", Values(dc, "identifier"));
    }

    [Fact]
    public async Task GetRecord_describes_a_speech_and_relates_it_to_its_meeting()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var archive = await OaiArchive.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var response = await GetAsync(client, $"verb=GetRecord&metadataPrefix=oai_dc&identifier={archive.SpeechId(1)}");

        Assert.Equal(archive.SpeechId(1), response.Request.Attribute("identifier")!.Value);
        Assert.Equal("oai_dc", response.Request.Attribute("metadataPrefix")!.Value);
        var dc = response.Metadata(archive.SpeechId(1))!;
        Assert.Equal(["讲话2|zh-Hans", "Speech 2|en"], Values(dc, "title"));
        Assert.Equal(["Speaker 2|en"], Values(dc, "creator"));
        Assert.Equal(["Text|"], Values(dc, "type"));
        Assert.Contains($"http://localhost/en/meetings/{archive.Public.Slug}#speech-speech-2|", Values(dc, "identifier"));
        Assert.Contains($"http://localhost/en/meetings/{archive.Public.Slug}|", Values(dc, "relation"));
        Assert.Contains($"{archive.PublicId}|", Values(dc, "relation"));
    }

    [Fact]
    public async Task POST_with_a_form_answers_as_GET_does()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var archive = await OaiArchive.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var response = await PostAsync(client, [new("verb", "GetRecord"), new("metadataPrefix", "oai_dc"), new("identifier", archive.PublicId)]);

        Assert.Equal([archive.PublicId], response.Identifiers);
        Assert.NotNull(response.Metadata(archive.PublicId));
    }

    private static IEnumerable<string> Values(System.Xml.Linq.XElement dc, string name) =>
        dc.Elements(Dc + name).Select(e => $"{e.Value}|{e.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")?.Value}");
}
