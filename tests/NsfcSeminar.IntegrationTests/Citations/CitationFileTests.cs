using System.Net;
using System.Text.Json;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Citations;

/// <summary>The BibTeX, RIS and CSL-JSON files of a speech, a seminar and a search, read back by a
/// real citation parser.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class CitationFileTests(DatabaseFixture fixture)
{
    public static TheoryData<string, string> Formats => new()
    {
        { "bib", "bibtex" },
        { "ris", "ris" },
        { "json", "csl" },
    };

    private async Task<Meeting> SeminarAsync(Organisation? organiser = null, string title = "Citation seminar")
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var meeting = ArchiveBuilder.Meeting(title, new DateOnly(2024, 11, 16))
            .WithSpeech(ArchiveBuilder.Person("Dou Xiankang", "窦贤康"), null);
        meeting.Texts.Add(new MeetingText { Language = Language.Zh, Title = "引文研讨会", Provenance = TextProvenance.Translation });
        meeting.Organiser = organiser;
        return await meeting.SaveAsync(db);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_speech_cites_its_own_title_speaker_seminar_date_and_permalink(string extension, string parserFormat)
    {
        var meeting = await SeminarAsync();
        using var client = fixture.Portal.CreateClient();

        var english = await ParseAsync(client, $"/en/meetings/{meeting.Slug}/speeches/speech-1/cite.{extension}", parserFormat);
        var chinese = await ParseAsync(client, $"/zh/meetings/{meeting.Slug}/speeches/speech-1/cite.{extension}", parserFormat);

        var item = Assert.Single(english);
        Assert.Equal($"Remarks 1 at {meeting.Slug}", item.GetProperty("title").GetString());
        Assert.Equal("Dou Xiankang", NameOf(Assert.Single(item.GetProperty("author").EnumerateArray())));
        Assert.Equal("[[2024,11,16]]", item.GetProperty("issued").GetProperty("date-parts").GetRawText());
        Assert.Equal($"http://localhost/en/meetings/{meeting.Slug}#speech-speech-1", item.GetProperty("URL").GetString());
        var zh = Assert.Single(chinese);
        Assert.Equal("发言1", zh.GetProperty("title").GetString());
        Assert.Equal("窦贤康", NameOf(Assert.Single(zh.GetProperty("author").EnumerateArray())));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_seminar_names_its_organiser_as_author_and_no_one_when_it_has_none(string extension, string parserFormat)
    {
        var organised = await SeminarAsync(ArchiveBuilder.Organisation("Party Group of the NSFC", "国家自然科学基金委员会党组"));
        using var client = fixture.Portal.CreateClient();
        var item = Assert.Single(await ParseAsync(client, $"/zh/meetings/{organised.Slug}/cite.{extension}", parserFormat));
        Assert.Equal("引文研讨会", item.GetProperty("title").GetString());
        Assert.Equal("国家自然科学基金委员会党组", NameOf(Assert.Single(item.GetProperty("author").EnumerateArray())));

        var unorganised = await SeminarAsync();
        var bare = Assert.Single(await ParseAsync(client, $"/en/meetings/{unorganised.Slug}/cite.{extension}", parserFormat));
        Assert.True(!bare.TryGetProperty("author", out var authors) || authors.GetArrayLength() == 0);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Characters_that_mean_something_to_the_format_come_back_as_written(string extension, string parserFormat)
    {
        const string title = "Reform {of} 100% \\ review & $funds #1 under_score ~ ^ \"quoted\"";
        var meeting = await SeminarAsync(title: title);
        using var client = fixture.Portal.CreateClient();

        var item = Assert.Single(await ParseAsync(client, $"/en/meetings/{meeting.Slug}/cite.{extension}", parserFormat));

        Assert.Equal(title, item.GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_search_cites_every_match_each_by_its_own_title(string extension, string parserFormat)
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            var meeting = ArchiveBuilder.Meeting("Many speeches", new DateOnly(2023, 5, 1));
            var speaker = ArchiveBuilder.Person("Cited Speaker");
            for (var i = 0; i < 30; i++)
            {
                meeting.WithSpeech(speaker, null);
            }

            await meeting.SaveAsync(db);
        }

        using var client = fixture.Portal.CreateClient();
        var items = await ParseAsync(client, $"/en/search/cite.{extension}?q=remarks", parserFormat);

        Assert.Equal(30, items.Count);
        Assert.All(items, item => Assert.StartsWith("Remarks ", item.GetProperty("title").GetString(), StringComparison.Ordinal));
        Assert.Equal(30, items.Select(item => item.GetProperty("URL").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task A_sample_seminar_says_so_in_its_citation()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var meeting = ArchiveBuilder.Meeting("Sample seminar", new DateOnly(2024, 1, 2));
        meeting.IsSample = true;
        await meeting.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var item = Assert.Single(await ParseAsync(client, $"/en/meetings/{meeting.Slug}/cite.json", "csl"));

        Assert.Contains("Sample record", item.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seminar_the_reader_may_not_see_has_no_citation_file()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var draft = await ArchiveBuilder.Meeting("Draft seminar", new DateOnly(2024, 1, 2), PublicationStatus.Draft).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        using var response = await client.GetAsync($"/en/meetings/{draft.Slug}/cite.bib");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Draft seminar", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<JsonElement>> ParseAsync(HttpClient client, string url, string parserFormat)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return await CitationParser.ParseAsync(parserFormat, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A name kept whole: literal, or (BibTeX) one family name never split in two.</summary>
    private static string? NameOf(JsonElement author) =>
        author.TryGetProperty("literal", out var literal) ? literal.GetString() : author.GetProperty("family").GetString();
}
