using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.EndToEnd.Infrastructure;

namespace NsfcSeminar.EndToEnd.Research;

/// <summary>
/// A theme page shows how the theme's wording moved between five-year periods, in its English
/// and its Chinese texts, each term a link to the speeches that use it; the page is valid HTML
/// and axe-clean on a desktop and on a phone, in both languages (checked as the test ends).
/// </summary>
[Collection(PortalTestGroup.Name)]
public sealed class ThemeOverTimeTests(PortalServer portal) : BrowserTest(portal)
{
    private static readonly (string English, string Chinese)[] Earlier =
    [
        ("Peer review decides each grant. Peer review panels weigh applications; review quality depends on the reviewers.",
            "同行评审决定每一项资助。评审专家认真评审申请书，评审质量取决于专家。"),
        ("The review panels asked how peer review can weigh applications fairly and keep basic research strong.",
            "评审专家讨论同行评审如何公正地评审申请书，并加强基础研究。"),
        ("Applications grew again, so peer review and the panels need more reviewers for basic research.",
            "申请书数量又增加了，同行评审需要更多评审专家支持基础研究。"),
    ];

    private static readonly (string English, string Chinese)[] Later =
    [
        ("Research integrity comes first: integrity training, integrity checks and open data for basic research.",
            "科研诚信是第一位的：诚信教育、诚信审查和开放数据支持基础研究。"),
        ("Open data and research integrity shape the new assessment; integrity cases are published.",
            "开放数据和科研诚信塑造新的评价，诚信案例予以公开。"),
        ("The assessment rewards open data, and integrity training reaches every young scientist in basic research.",
            "评价奖励开放数据，诚信教育覆盖每一位青年科学家，支持基础研究。"),
    ];

    [Theory]
    [InlineData(1280, "theme-over-time")]
    [InlineData(375, "theme-over-time-375")]
    public async Task A_theme_page_shows_the_terms_that_rose_and_fell_in_both_languages_each_linked_to_its_speeches(int width, string screenshot)
    {
        var slug = await SaveThemeWithTwoPeriodsAsync();
        await Page.SetViewportSizeAsync(width, 900);

        await Page.GotoAsync($"/en/themes/{slug}");

        var wording = Page.GetByRole(AriaRole.Region, new() { Name = "How its wording moved" });
        var english = wording.GetByRole(AriaRole.Region, new() { Name = "2020–2024 against 2015–2019" }).First;
        await Expect(english.GetByRole(AriaRole.List, new() { Name = "Rising" }).GetByRole(AriaRole.Link, new() { Name = "integrity", Exact = true })).ToBeVisibleAsync();
        await Expect(english.GetByRole(AriaRole.List, new() { Name = "Falling" }).GetByRole(AriaRole.Link, new() { Name = "review", Exact = true })).ToBeVisibleAsync();
        var chinese = wording.GetByRole(AriaRole.Region, new() { Name = "In the Chinese texts" });
        await Expect(chinese.GetByRole(AriaRole.List, new() { Name = "Rising" }).GetByRole(AriaRole.Link, new() { Name = "诚信", Exact = true })).ToBeVisibleAsync();
        await Expect(chinese.GetByRole(AriaRole.List, new() { Name = "Falling" }).GetByRole(AriaRole.Link, new() { Name = "评审", Exact = true })).ToBeVisibleAsync();
        await wording.ScrollIntoViewIfNeededAsync();
        await Page.Locator("#wording-title").EvaluateAsync("h => h.scrollIntoView()");
        await ScreenshotAsync(screenshot, fullPage: false);

        // On paper: the terms and their counts, without the choice of window or the site's navigation.
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(wording.Locator(".theme-wording__windows")).ToBeHiddenAsync();
        await Expect(Page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(english.GetByRole(AriaRole.Link, new() { Name = "integrity", Exact = true })).ToBeVisibleAsync();
        await ScreenshotAsync(screenshot + "-print", fullPage: false);
        await Page.EmulateMediaAsync(new() { Media = Media.Screen });

        // The Chinese page, and the search a term leads to, are checked too (when the test ends).
        await Page.GotoAsync($"/zh/themes/{slug}");
        var chineseTerm = Page.Locator("section[aria-labelledby=wording-zh]").GetByRole(AriaRole.Link, new() { Name = "诚信", Exact = true });
        await Expect(chineseTerm).ToBeVisibleAsync();
        await chineseTerm.ClickAsync();
        await Expect(Page.Locator(".search-result")).ToHaveCountAsync(Later.Length);
    }

    /// <summary>A theme whose speeches spoke of peer review in 2016–2018 and of research
    /// integrity and open data in 2021–2023, in English and in Chinese; one per width, each
    /// test its own.</summary>
    private async Task<string> SaveThemeWithTwoPeriodsAsync()
    {
        var options = new DbContextOptionsBuilder<SeminarDbContext>();
        options.UseSeminarDatabase(Portal.ConnectionString);
        await using var db = new SeminarDbContext(options.Options);
        var id = Guid.NewGuid().ToString("N")[..8];
        var theme = new ReformTheme { Slug = $"research-assessment-{id}", Name = Bilingual.Of("Research assessment", "科研评价") };
        db.Meetings.AddRange(Earlier.Select((texts, i) => Seminar(id, 2016 + i, texts, theme)));
        db.Meetings.AddRange(Later.Select((texts, i) => Seminar(id, 2021 + i, texts, theme)));
        await db.SaveWithRevisionsAsync();
        return theme.Slug;
    }

    private static Meeting Seminar(string id, int year, (string English, string Chinese) texts, ReformTheme theme) => new()
    {
        Slug = $"{year}-assessment-seminar-{id}",
        Kind = MeetingKind.Seminar,
        StartDate = new DateOnly(year, 5, 10),
        Place = Bilingual.Of("Beijing", "北京"),
        Status = PublicationStatus.Published,
        Visibility = Visibility.Public,
        Texts =
        {
            new MeetingText { Language = Language.En, Title = $"Assessment seminar {year}", Provenance = TextProvenance.Original },
            new MeetingText { Language = Language.Zh, Title = $"{year}年科研评价研讨会", Provenance = TextProvenance.Translation },
        },
        Speeches =
        {
            new Speech
            {
                Anchor = "remarks",
                SortOrder = 1,
                Kind = SpeechKind.Discussion,
                SpeakerDescription = Bilingual.Of("a participant", "一位与会者"),
                Themes = { theme },
                Texts =
                {
                    new SpeechText { Language = Language.En, Title = "Remarks", BodyMarkdown = texts.English },
                    new SpeechText { Language = Language.Zh, Title = "发言", BodyMarkdown = texts.Chinese, Provenance = TextProvenance.Translation },
                },
            },
        },
    };
}
