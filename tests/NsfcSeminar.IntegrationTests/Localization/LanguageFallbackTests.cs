using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Localization;

/// <summary>Where a record lacks the reader's language, the other version is shown, tagged with
/// its own language and a note: never an empty page.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class LanguageFallbackTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_seminar_kept_only_in_English_reads_in_English_on_the_Chinese_page_with_a_note()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var meeting = ArchiveBuilder.Meeting("English-only seminar", new DateOnly(2021, 6, 1));
        meeting.Speeches.Add(new Speech
        {
            Anchor = "only-english",
            Kind = SpeechKind.Report,
            SpeakerOrganisation = ArchiveBuilder.Organisation("Bureau of Tests"),
            Texts = { new SpeechText { Language = Language.En, Title = "A report in English", BodyMarkdown = "Only **English** here." } },
        });
        await meeting.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/zh/meetings/{meeting.Slug}");

        Assert.Equal("zh-Hans", page.Language);
        var title = page.Document.QuerySelector("h1");
        Assert.Equal("English-only seminar", title?.TextContent);
        Assert.Equal("en", title?.GetAttribute("lang"));
        var body = page.Document.QuerySelector("#speech-only-english .prose");
        Assert.Equal("en", body?.GetAttribute("lang"));
        Assert.Contains("Only English here.", body?.TextContent, StringComparison.Ordinal);
        Assert.Contains("暂无中文版本", page.Document.QuerySelector("#speech-only-english .fallback-note")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_speech_in_both_languages_shows_the_readers_and_offers_the_other()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var meeting = await ArchiveBuilder.Meeting("Bilingual seminar", new DateOnly(2022, 1, 10))
            .WithSpeeches(1, ArchiveBuilder.Theme("Talent", "人才")).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var chinese = await HtmlPage.GetAsync(client, $"/zh/meetings/{meeting.Slug}");
        var english = await HtmlPage.GetAsync(client, $"/en/meetings/{meeting.Slug}");

        Assert.Equal("zh-Hans", chinese.Document.QuerySelector("#speech-speech-1 > .prose, #speech-speech-1 .prose")?.GetAttribute("lang"));
        Assert.Contains("第1篇讲话。", chinese.Document.QuerySelector("#speech-speech-1 .prose")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("en", english.Document.QuerySelector("#speech-speech-1 .prose")?.GetAttribute("lang"));
        Assert.Contains($"/meetings/{meeting.Slug}/speeches/speech-1/side-by-side", chinese.Links);
        Assert.Equal("en", chinese.Document.QuerySelector("#speech-speech-1 details .prose")?.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_side_by_side_page_pairs_paragraphs_and_tags_each_column()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var meeting = ArchiveBuilder.Meeting("Parallel seminar", new DateOnly(2020, 9, 9));
        meeting.Speeches.Add(new Speech
        {
            Anchor = "parallel",
            Kind = SpeechKind.Keynote,
            SpeakerPerson = ArchiveBuilder.Person("Wang Test", "王测试"),
            Texts =
            {
                new SpeechText { Language = Language.Zh, Title = "讲话", BodyMarkdown = "第一段。\n\n第二段。", Provenance = TextProvenance.Original },
                new SpeechText { Language = Language.En, Title = "Speech", BodyMarkdown = "First paragraph.\n\nSecond paragraph.", Provenance = TextProvenance.Translation, TranslatedBy = "A. Translator" },
            },
        });
        await meeting.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/en/meetings/{meeting.Slug}/speeches/parallel/side-by-side");

        var rows = page.Document.QuerySelectorAll(".parallel__row:not(.parallel__row--head)");
        Assert.Equal(2, rows.Length);
        Assert.Equal(["zh-Hans", "en"], rows[1].QuerySelectorAll(".parallel__cell").Select(c => c.GetAttribute("lang")));
        Assert.Contains("第二段。", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Second paragraph.", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("A. Translator", page.Text, StringComparison.Ordinal);
    }
}
