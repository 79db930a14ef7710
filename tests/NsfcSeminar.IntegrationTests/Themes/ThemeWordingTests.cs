using System.Net;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Themes;

/// <summary>The theme page's "How its wording moved": terms counted from the real speeches,
/// per five-year period and per language of the texts, each linked to the speeches using it.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class ThemeWordingTests(DatabaseFixture fixture)
{
    private const string Before = "Peer evaluation shapes every evaluation; evaluation panels meet. Basic research matters.";
    private const string After = "Integrity guides integrity checks; integrity training follows. Basic research matters.";
    private const string BeforeZh = "同行评审很重要，评审专家认真评审。基础研究";
    private const string AfterZh = "科研诚信很重要，诚信建设需要诚信文化。基础研究";

    [Fact]
    public async Task Terms_that_rose_and_fell_between_two_periods_are_counted_from_the_speeches_in_both_languages()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Research integrity", "科研诚信");
        var (earlier, later) = await TwoPeriodsAsync(db, theme, speechesAfter: 3);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/en/themes/{theme.Slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var english = Period(page, "en", 2020);
        Assert.Contains("2020–2024 against 2015–2019", english.QuerySelector("h4")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 speeches, against 3", english.TextContent, StringComparison.Ordinal);
        Assert.Equal(("integrity", "9 uses, 0 before"), Terms(english, "rising").Single(t => t.Term == "integrity"));
        Assert.Equal(("evaluation", "0 uses, 9 before"), Terms(english, "falling").Single(t => t.Term == "evaluation"));
        Assert.DoesNotContain(Terms(english, "rising").Concat(Terms(english, "falling")), t => t.Term is "research" or "basic" or "matters");
        var chinese = Period(page, "zh", 2020);
        Assert.Contains(Terms(chinese, "rising"), t => t.Term == "诚信");
        Assert.Contains(Terms(chinese, "falling"), t => t.Term == "评审");
        Assert.DoesNotContain(Terms(chinese, "rising").Concat(Terms(chinese, "falling")), t => "基础研究".Contains(t.Term, StringComparison.Ordinal));

        // Each term leads to the speeches on the theme whose texts in its language use it, in
        // the period where it was used more: a rising term the later, a falling one the earlier.
        var link = english.QuerySelector("[id$=-rising] + ol a")!;
        Assert.Equal("integrity", link.TextContent);
        var results = await HtmlPage.GetAsync(client, "/en/" + link.GetAttribute("href"));
        Assert.Equal(later.Select(m => $"meetings/{m.Slug}#speech-remarks-1").Order(), SpeechLinks(results).Order());
        var falling = english.QuerySelector("[id$=-falling] + ol a")!;
        Assert.Equal("evaluation", falling.TextContent);
        var fallingResults = await HtmlPage.GetAsync(client, "/en/" + falling.GetAttribute("href"));
        Assert.Equal(earlier.Select(m => $"meetings/{m.Slug}#speech-remarks-1").Order(), SpeechLinks(fallingResults).Order());
        var chineseLink = chinese.QuerySelectorAll("a").Single(a => a.TextContent == "诚信");
        Assert.Equal("zh-Hans", chineseLink.GetAttribute("lang"));
        var chineseResults = await HtmlPage.GetAsync(client, "/zh/" + chineseLink.GetAttribute("href"));
        Assert.Equal(later.Select(m => $"meetings/{m.Slug}#speech-remarks-1").Order(), SpeechLinks(chineseResults).Order());
    }

    [Fact]
    public async Task The_Chinese_page_shows_the_same_counts_in_Chinese()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Research integrity", "科研诚信");
        await TwoPeriodsAsync(db, theme, speechesAfter: 3);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/zh/themes/{theme.Slug}");

        Assert.Equal("用语的变化", page.Document.GetElementById("wording-title")!.TextContent);
        Assert.Equal("中文文本中", page.Document.GetElementById("wording-zh")!.TextContent);
        var english = Period(page, "en", 2020);
        Assert.Contains("2020—2024 与 2015—2019 相比", english.QuerySelector("h4")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(("integrity", "使用 9 次，此前 0 次"), Terms(english, "rising").Single(t => t.Term == "integrity"));
        Assert.Contains(Terms(Period(page, "zh", 2020), "rising"), t => t.Term == "诚信");
    }

    [Fact]
    public async Task Too_few_speeches_in_a_period_say_so_and_show_no_trend_until_there_are_enough()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Evaluation reform");
        await TwoPeriodsAsync(db, theme, speechesAfter: 2);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/en/themes/{theme.Slug}");

        var english = Period(page, "en", 2020);
        Assert.Contains("2 speeches, against 3", english.TextContent, StringComparison.Ordinal);
        Assert.Contains("Too few speeches to compare: each period needs at least 3.", english.TextContent, StringComparison.Ordinal);
        Assert.Empty(english.QuerySelectorAll("ol"));

        // One more speech is counted at once: the kept result belonged to the archive before it.
        await ArchiveBuilder.Meeting("Later seminar", new DateOnly(2024, 5, 1)).WithWordedSpeech(null, After, AfterZh, theme).SaveAsync(db);
        var after = await HtmlPage.GetAsync(client, $"/en/themes/{theme.Slug}");
        var compared = Period(after, "en", 2020);
        Assert.DoesNotContain("Too few speeches", compared.TextContent, StringComparison.Ordinal);
        Assert.Contains(Terms(compared, "rising"), t => t.Term == "integrity");
    }

    [Fact]
    public async Task Speeches_in_one_period_or_one_language_only_say_there_is_nothing_to_compare()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Open science");
        for (var year = 2020; year < 2024; year++)
        {
            await ArchiveBuilder.Meeting($"Seminar {year}", new DateOnly(year, 3, 1)).WithWordedSpeech(null, After, null, theme).SaveAsync(db);
        }

        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/en/themes/{theme.Slug}");

        var english = page.Document.QuerySelector("section[aria-labelledby=wording-en]")!;
        Assert.Contains("Its texts in English are all from 2020–2024: there is no earlier period to compare them with.", english.TextContent, StringComparison.Ordinal);
        Assert.Empty(english.QuerySelectorAll("section, ol"));
        var chinese = page.Document.QuerySelector("section[aria-labelledby=wording-zh]")!;
        Assert.Empty(chinese.QuerySelectorAll("a.theme-wording__shorter"));
        Assert.Contains("No speech on this theme has a text in Chinese.", chinese.TextContent, StringComparison.Ordinal);

        // Three-year periods split the same speeches in two, 2019–2021 and 2022–2024: the page offers them.
        var shorter = english.QuerySelector("a.theme-wording__shorter")!;
        Assert.Equal("Compare them in periods of 3 years", shorter.TextContent);
        var threeYears = await HtmlPage.GetAsync(client, "/en/" + shorter.GetAttribute("href"));
        Assert.Contains("2022–2024 against 2019–2021", Period(threeYears, "en", 2022).QuerySelector("h4")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("page", threeYears.Document.QuerySelector(".theme-wording__windows a[aria-current]")!.GetAttribute("aria-current"));
        Assert.Equal("3 years", threeYears.Document.QuerySelector(".theme-wording__windows a[aria-current]")!.TextContent);
    }

    [Fact]
    public async Task The_wording_is_worked_out_once_and_kept_with_one_SQL_command_until_the_archive_changes()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Research integrity", "科研诚信");
        await TwoPeriodsAsync(db, theme, speechesAfter: 3);
        using var client = fixture.Portal.CreateClient();

        var workedOut = await CountCommandsAsync(client, $"/en/themes/{theme.Slug}");
        var kept = await CountCommandsAsync(client, $"/en/themes/{theme.Slug}");
        var keptInChinese = await CountCommandsAsync(client, $"/zh/themes/{theme.Slug}");

        await ArchiveBuilder.Meeting("Later seminar", new DateOnly(2024, 5, 1)).WithWordedSpeech(null, After, AfterZh, theme).SaveAsync(db);
        var workedOutAgain = await CountCommandsAsync(client, $"/en/themes/{theme.Slug}");

        // Worked out: the archive's generation and the texts; kept: the generation alone.
        Assert.Equal(workedOut - 1, kept);
        Assert.Equal(kept, keptInChinese);
        Assert.Equal(workedOut, workedOutAgain);
    }

    [Fact]
    public async Task Hidden_speeches_never_count_for_an_anonymous_reader()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Internal governance");
        await TwoPeriodsAsync(db, theme, speechesAfter: 3, hidden: Visibility.StaffOnly);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/en/themes/{theme.Slug}");

        Assert.DoesNotContain("integrity", page.Text, StringComparison.Ordinal);
        Assert.Contains("Its texts in English are all from 2015–2019", page.Text, StringComparison.Ordinal);
    }

    /// <summary>Three speeches in 2015–2019 about evaluation, and some in 2020–2024 about
    /// integrity, each in its own seminar, both saying "basic research" alike.</summary>
    private static async Task<(List<Meeting> Earlier, List<Meeting> Later)> TwoPeriodsAsync(
        NsfcSeminar.Data.SeminarDbContext db, ReformTheme theme, int speechesAfter, Visibility hidden = Visibility.Public)
    {
        var earlier = new List<Meeting>();
        var later = new List<Meeting>();
        for (var i = 0; i < 3; i++)
        {
            earlier.Add(await ArchiveBuilder.Meeting($"Earlier {i}", new DateOnly(2016 + i, 4, 1)).WithWordedSpeech(null, Before, BeforeZh, theme).SaveAsync(db));
        }

        for (var i = 0; i < speechesAfter; i++)
        {
            later.Add(await ArchiveBuilder.Meeting($"Later {i}", new DateOnly(2021 + i, 4, 1), visibility: hidden).WithWordedSpeech(null, After, AfterZh, theme).SaveAsync(db));
        }

        return (earlier, later);
    }

    private Task<int> CountCommandsAsync(HttpClient client, string url) => fixture.Portal.CountSqlCommandsAsync(client, url);

    private static AngleSharp.Dom.IElement Period(HtmlPage page, string language, int from) =>
        page.Document.QuerySelector($"section[aria-labelledby=wording-{language}-{from}]")
        ?? throw new Xunit.Sdk.XunitException($"No {language} period from {from} on the page:\n{page.Document.QuerySelector(".theme-wording")?.TextContent}");

    private static List<(string Term, string Count)> Terms(AngleSharp.Dom.IElement period, string direction) =>
        period.QuerySelectorAll($"ol[aria-labelledby$=-{direction}] li")
            .Select(li => (li.QuerySelector("a")!.TextContent, li.QuerySelector(".term-moves__count")!.TextContent))
            .ToList();

    private static IEnumerable<string> SpeechLinks(HtmlPage page) =>
        page.Document.QuerySelectorAll(".search-result h3 a").Select(a => a.GetAttribute("href")!);
}
