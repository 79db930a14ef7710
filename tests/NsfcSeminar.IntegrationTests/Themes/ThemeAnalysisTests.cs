using System.Net;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Themes;

[Collection(DatabaseTestGroup.Name)]
public sealed class ThemeAnalysisTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Analysis_counts_speeches_per_year_speakers_organisations_and_co_themes_including_sub_themes()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Talent funding", "人才资助");
        var child = ArchiveBuilder.Theme("Young scientists", "青年科学家", theme);
        var other = ArchiveBuilder.Theme("International cooperation", "国际合作");
        var rare = ArchiveBuilder.Theme("Ethics", "科研伦理");
        var often = ArchiveBuilder.Person("Often Speaker", "常发言");
        var once = ArchiveBuilder.Person("Once Speaker");
        var bureau = ArchiveBuilder.Organisation("Talent Bureau", "人才局");
        await ArchiveBuilder.Meeting("Seminar 2021", new DateOnly(2021, 4, 1))
            .WithSpeech(often, null, theme, other)
            .WithSpeech(often, bureau, child)
            .SaveAsync(db);
        await ArchiveBuilder.Meeting("Seminar 2023", new DateOnly(2023, 6, 1))
            .WithSpeech(often, null, child, other)
            .WithSpeech(once, bureau, theme, rare)
            .WithSpeech(once, null, other)
            .SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/themes/{theme.Slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var bars = page.Document.QuerySelectorAll("svg[role=img] rect[data-year]")
            .Select(r => (r.GetAttribute("data-year"), r.GetAttribute("data-count"))).ToList();
        Assert.Equal([("2021", "2"), ("2022", "0"), ("2023", "2")], bars);
        var table = page.Document.QuerySelectorAll(".year-chart__data tbody tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.Equal(["20212", "20220", "20232"], table.Select(t => string.Concat(t.Where(char.IsDigit))).ToList());
        Assert.Equal([(often.Slug, "3"), (once.Slug, "1")], Ranked(page, "top-speakers-title"));
        Assert.Equal([(bureau.Slug, "2")], Ranked(page, "top-organisations-title"));
        Assert.Equal([(other.Slug, "2"), (rare.Slug, "1")], Ranked(page, "co-themes-title"));
    }

    [Fact]
    public async Task Analysis_never_counts_staff_only_or_draft_meetings_for_anonymous_readers()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Evaluation reform");
        var secret = ArchiveBuilder.Person("Hidden Speaker");
        var shown = ArchiveBuilder.Person("Public Speaker");
        await ArchiveBuilder.Meeting("Public", new DateOnly(2022, 1, 1)).WithSpeech(shown, null, theme).SaveAsync(db);
        await ArchiveBuilder.Meeting("Staff", new DateOnly(2020, 1, 1), visibility: Visibility.StaffOnly).WithSpeech(secret, null, theme).SaveAsync(db);
        await ArchiveBuilder.Meeting("Draft", new DateOnly(2024, 1, 1), status: PublicationStatus.Draft).WithSpeech(secret, null, theme).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/themes/{theme.Slug}");

        var bars = page.Document.QuerySelectorAll("svg[role=img] rect[data-year]").Select(r => r.GetAttribute("data-year")).ToList();
        Assert.Equal(["2022"], bars);
        Assert.Equal([(shown.Slug, "1")], Ranked(page, "top-speakers-title"));
        Assert.DoesNotContain("Hidden Speaker", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_see_staff_only_speeches_counted_but_never_drafts()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Internal governance");
        var speaker = ArchiveBuilder.Person("Insider");
        await ArchiveBuilder.Meeting("Public", new DateOnly(2022, 1, 1)).WithSpeech(speaker, null, theme).SaveAsync(db);
        await ArchiveBuilder.Meeting("Staff", new DateOnly(2023, 1, 1), visibility: Visibility.StaffOnly).WithSpeech(speaker, null, theme).SaveAsync(db);
        await ArchiveBuilder.Meeting("Draft", new DateOnly(2024, 1, 1), status: PublicationStatus.Draft).WithSpeech(speaker, null, theme).SaveAsync(db);
        using var staff = await fixture.Portal.SignedInClientAsync(SeminarRoles.Staff);

        var page = await HtmlPage.GetAsync(staff, $"/en/themes/{theme.Slug}");

        var bars = page.Document.QuerySelectorAll("svg[role=img] rect[data-year]").Select(r => (r.GetAttribute("data-year"), r.GetAttribute("data-count"))).ToList();
        Assert.Equal([("2022", "1"), ("2023", "1")], bars);
        Assert.Equal([(speaker.Slug, "2")], Ranked(page, "top-speakers-title"));
    }

    [Fact]
    public async Task The_chart_is_named_for_screen_readers_and_the_page_offers_the_theme_feed()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Open science");
        await ArchiveBuilder.Meeting("One", new DateOnly(2022, 1, 1)).WithSpeech(ArchiveBuilder.Person("Somebody"), null, theme).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/themes/{theme.Slug}");

        var svg = page.Document.QuerySelector("svg[role=img]")!;
        var labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("Speeches per year on Open science", page.Document.GetElementById(labelledBy[0])!.TextContent);
        Assert.Equal("2022: 1", page.Document.GetElementById(labelledBy[1])!.TextContent);
        var feed = page.Document.QuerySelector("link[rel=alternate][type='application/atom+xml']")!;
        Assert.EndsWith($"/feeds/themes/{theme.Slug}.atom?lang=en", feed.GetAttribute("href"), StringComparison.Ordinal);
        var visible = page.Document.QuerySelector("a[type='application/atom+xml']")!;
        Assert.Equal(feed.GetAttribute("href"), visible.GetAttribute("href"));
    }

    [Fact]
    public async Task A_theme_whose_speeches_are_all_hidden_shows_no_analysis()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Quiet theme");
        await ArchiveBuilder.Meeting("Staff", new DateOnly(2022, 1, 1), visibility: Visibility.StaffOnly)
            .WithSpeech(ArchiveBuilder.Person("Insider"), null, theme).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/themes/{theme.Slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("section.theme-analysis"));
        Assert.Null(page.Document.QuerySelector("svg[role=img]"));
    }

    [Fact]
    public async Task Theme_page_sends_the_same_number_of_SQL_commands_for_one_speech_and_for_thirty()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var small = ArchiveBuilder.Theme("Small theme");
        var large = ArchiveBuilder.Theme("Large theme");
        await ArchiveBuilder.Meeting("Small", new DateOnly(2020, 1, 1)).WithSpeeches(1, small).SaveAsync(db);
        for (var year = 2000; year < 2010; year++)
        {
            await ArchiveBuilder.Meeting($"Large {year}", new DateOnly(year, 1, 1)).WithSpeeches(3, large).SaveAsync(db);
        }

        using var client = fixture.Portal.CreateClient();

        var forSmall = await CountCommandsAsync(client, $"/en/themes/{small.Slug}");
        var forLarge = await CountCommandsAsync(client, $"/en/themes/{large.Slug}");

        // The record, the analysis's five, and the wording worked out: the generation and the texts.
        Assert.Equal(forSmall, forLarge);
        Assert.InRange(forLarge, 1, 11);
    }

    private static List<(string Slug, string Count)> Ranked(HtmlPage page, string headingId) =>
        page.Document.QuerySelectorAll($"section[aria-labelledby={headingId}] li")
            .Select(li => (
                li.QuerySelector("a")!.GetAttribute("href")!.Split('/')[1],
                string.Concat(li.QuerySelector(".ranked__count")!.TextContent.Where(char.IsDigit))))
            .ToList();

    private Task<int> CountCommandsAsync(HttpClient client, string url) => fixture.Portal.CountSqlCommandsAsync(client, url);
}
