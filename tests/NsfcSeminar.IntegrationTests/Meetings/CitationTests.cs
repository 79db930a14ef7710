using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Meetings;

[Collection(DatabaseTestGroup.Name)]
public sealed class CitationTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Every_speech_has_a_citation_in_the_readers_language_with_an_absolute_permalink()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var speaker = ArchiveBuilder.Person("Li Si", "李四");
        var meeting = await ArchiveBuilder.Meeting("Citation seminar", new DateOnly(2024, 11, 16))
            .WithSpeech(speaker, null)
            .WithSpeech(speaker, null)
            .SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var english = await HtmlPage.GetAsync(client, $"/en/meetings/{meeting.Slug}");
        var chinese = await HtmlPage.GetAsync(client, $"/zh/meetings/{meeting.Slug}");

        var lines = english.Document.QuerySelectorAll("article.speech .citation__text").Select(p => p.TextContent).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(
            $"Li Si, “Remarks 1 at {meeting.Slug}”, Citation seminar, 16 November 2024. http://localhost/en/meetings/{meeting.Slug}#speech-speech-1",
            lines[0]);
        var zh = chinese.Document.QuerySelector("article.speech .citation__text")!;
        Assert.Equal("zh-Hans", zh.GetAttribute("lang"));
        Assert.Equal($"李四：《发言1》，Citation seminar，2024年11月16日。http://localhost/zh/meetings/{meeting.Slug}#speech-speech-1", zh.TextContent);
    }
}
