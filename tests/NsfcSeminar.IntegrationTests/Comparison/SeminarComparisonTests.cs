using System.Net;
using AngleSharp.Dom;
using Visibility = NsfcSeminar.Data.Model.Visibility;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Comparison;

/// <summary>Two seminars side by side (/{lang}/compare?a=&amp;b=): themes shared, dropped and new,
/// speakers, and how a shared theme was worded in each, read from the real records.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SeminarComparisonTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Themes_shared_dropped_and_new_are_named_and_linked_with_the_earlier_seminar_first()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var seminars = await ComparedSeminars.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        // Named later first: the page still sets the earlier one first.
        var page = await HtmlPage.GetAsync(client, $"/en/compare?a={seminars.Later.Slug}&b={seminars.Earlier.Slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.Equal("Seminar on evaluation", page.Document.GetElementById("earlier-title")!.TextContent.Trim());
        Assert.Equal("Seminar on integrity", page.Document.GetElementById("later-title")!.TextContent.Trim());
        Assert.Contains($"/meetings/{seminars.Earlier.Slug}", page.Links);
        Assert.Equal([$"/themes/{seminars.Integrity.Slug}", $"/themes/{seminars.Talent.Slug}"], ThemeLinks(page, "themes-shared").Order());
        Assert.Equal([$"/themes/{seminars.Evaluation.Slug}"], ThemeLinks(page, "themes-dropped"));
        Assert.Equal([$"/themes/{seminars.OpenScience.Slug}"], ThemeLinks(page, "themes-new"));
        Assert.Contains("Research integrity", Group(page, "themes-shared").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speakers_of_each_seminar_are_listed_and_those_at_both_named_apart()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var seminars = await ComparedSeminars.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/en/compare?a={seminars.Earlier.Slug}&b={seminars.Later.Slug}");

        Assert.Equal([$"/people/{seminars.Both.Slug}"], Links(Group(page, "speakers-both")));
        Assert.Equal([$"/people/{seminars.Both.Slug}", $"/people/{seminars.OnlyEarlier.Slug}"], Links(Group(page, "speakers-earlier")));
        Assert.Equal([$"/people/{seminars.Both.Slug}", $"/organisations/{seminars.OnlyLater.Slug}"], Links(Group(page, "speakers-later")));
        Assert.Contains("Wen Bothways (spoke at both)", Group(page, "speakers-later").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("spoke at both", Group(page, "speakers-later").QuerySelectorAll("li")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shared_theme_shows_the_terms_that_stand_out_in_each_seminar_in_both_languages_linked_to_its_speeches()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var seminars = await ComparedSeminars.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/en/compare?a={seminars.Earlier.Slug}&b={seminars.Later.Slug}");

        var theme = $"wording-{seminars.Integrity.Slug}";
        Assert.Equal([$"/meetings/{seminars.Earlier.Slug}#speech-speech-1"], Links(Group(page, $"{theme}-earlier-speeches", "ul")));
        Assert.Equal([$"/meetings/{seminars.Later.Slug}#speech-speech-1"], Links(Group(page, $"{theme}-later-speeches", "ul")));
        Assert.Contains("Speeches with a text in it: 1 in the earlier seminar, 1 in the later.", Group(page, $"{theme}-en").TextContent, StringComparison.Ordinal);
        Assert.Contains(("evaluation", "3 uses, 0 in the later"), Terms(page, $"{theme}-en-earlier"));
        Assert.Contains(("integrity", "3 uses, 0 in the earlier"), Terms(page, $"{theme}-en-later"));
        Assert.DoesNotContain(Terms(page, $"{theme}-en-earlier").Concat(Terms(page, $"{theme}-en-later")), t => t.Term is "basic" or "matters");
        Assert.Contains(Terms(page, $"{theme}-zh-earlier"), t => t.Term == "评审");
        Assert.Contains(Terms(page, $"{theme}-zh-later"), t => t.Term == "诚信");

        // A term leads to the speeches on the theme, in that seminar, whose texts use it.
        var link = page.Document.QuerySelector($"[aria-labelledby='{theme}-en-later'] a")!;
        Assert.Equal("integrity", link.TextContent);
        var results = await HtmlPage.GetAsync(client, "/en/" + link.GetAttribute("href"));
        Assert.Equal([$"/meetings/{seminars.Later.Slug}#speech-speech-1"], SpeechResults(results));
        var chinese = page.Document.QuerySelectorAll($"[aria-labelledby='{theme}-zh-earlier'] a").Single(a => a.TextContent == "评审");
        Assert.Equal("zh-Hans", chinese.GetAttribute("lang"));
        var chineseResults = await HtmlPage.GetAsync(client, "/zh/" + chinese.GetAttribute("href"));
        Assert.Equal([$"/meetings/{seminars.Earlier.Slug}#speech-speech-1"], SpeechResults(chineseResults));

        // Talent is the earlier seminar's own theme, on none of its speeches.
        var talent = Group(page, $"wording-{seminars.Talent.Slug}-earlier-speeches", "div");
        Assert.Contains("The seminar carries the theme; none of its speeches does.", talent.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not compared: only one of the seminars has speeches on this theme with a text in English.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Chinese_page_compares_in_Chinese()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var seminars = await ComparedSeminars.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/zh/compare?a={seminars.Earlier.Slug}&b={seminars.Later.Slug}");

        Assert.Equal("zh-Hans", page.Language);
        Assert.Equal("两次研讨会对比", page.Document.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("共同的主题", Group(page, "themes-shared").QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("科研诚信", Group(page, "themes-shared").TextContent, StringComparison.Ordinal);
        Assert.Contains("文两届", Group(page, "speakers-both").TextContent, StringComparison.Ordinal);
        Assert.Contains(("integrity", "使用 3 次，较早的研讨会 0 次"), Terms(page, $"wording-{seminars.Integrity.Slug}-en-later"));
    }

    [Theory]
    [InlineData(PublicationStatus.Draft, Visibility.Public)]
    [InlineData(PublicationStatus.Archived, Visibility.Public)]
    [InlineData(PublicationStatus.Published, Visibility.StaffOnly)]
    public async Task A_seminar_the_reader_may_not_see_is_not_compared_nor_offered(PublicationStatus status, Visibility visibility)
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var seminars = await ComparedSeminars.SaveAsync(db, visibility, status);
        using var client = fixture.Portal.CreateClient();

        var either = await HtmlPage.GetAsync(client, $"/en/compare?a={seminars.Earlier.Slug}&b={seminars.Later.Slug}");
        var other = await HtmlPage.GetAsync(client, $"/en/compare?a={seminars.Later.Slug}&b={seminars.Earlier.Slug}");
        var meeting = await HtmlPage.GetAsync(client, $"/en/meetings/{seminars.Earlier.Slug}");

        Assert.Equal(HttpStatusCode.NotFound, either.Status);
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
        Assert.DoesNotContain("Seminar on integrity", either.Text + other.Text + meeting.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(meeting.Document.QuerySelectorAll("option"), o => o.GetAttribute("value") == seminars.Later.Slug);
    }

    [Fact]
    public async Task Staff_compare_a_staff_only_seminar()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var seminars = await ComparedSeminars.SaveAsync(db, Visibility.StaffOnly);
        using var client = await fixture.Portal.SignedInClientAsync(SeminarRoles.Staff);

        var page = await HtmlPage.GetAsync(client, $"/en/compare?a={seminars.Earlier.Slug}&b={seminars.Later.Slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Staff only", page.Document.QuerySelector(".compared-seminar:nth-of-type(2)")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?a=no-such-seminar&b={earlier}")]
    [InlineData("?a={earlier}&b=no-such-seminar")]
    [InlineData("?b={earlier}")]
    [InlineData("")]
    public async Task An_unknown_or_missing_seminar_answers_404(string query)
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var seminars = await ComparedSeminars.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/en/compare" + query.Replace("{earlier}", seminars.Earlier.Slug, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("/meetings", page.Links);
    }

    [Fact]
    public async Task The_same_seminar_twice_says_so_and_offers_the_others()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var seminars = await ComparedSeminars.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/en/compare?a={seminars.Earlier.Slug}&b={seminars.Earlier.Slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Both sides name the same seminar: choose another to compare it with.", page.Text, StringComparison.Ordinal);
        Assert.Equal(["", seminars.Later.Slug], page.Document.QuerySelectorAll("select[name=b] option").Select(o => o.GetAttribute("value")));
        Assert.Empty(page.Document.QuerySelectorAll("#compared-themes-title"));
    }

    [Fact]
    public async Task A_meeting_page_offers_a_form_that_leads_to_the_comparison()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var seminars = await ComparedSeminars.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/en/meetings/{seminars.Later.Slug}");

        var form = page.Document.QuerySelector("form[action=compare]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(seminars.Later.Slug, form.QuerySelector("input[name=a]")!.GetAttribute("value"));
        var choice = form.QuerySelector("select[name=b]")!;
        Assert.Equal("Another seminar", page.Document.QuerySelector($"label[for={choice.Id}]")!.TextContent);
        Assert.Equal("Earlier", choice.QuerySelector("optgroup")!.GetAttribute("label"));
        Assert.Equal("1 June 2020 — Seminar on evaluation", choice.QuerySelector($"option[value={seminars.Earlier.Slug}]")!.TextContent);
    }

    [Fact]
    public async Task A_comparison_sends_the_same_number_of_SQL_commands_for_two_speeches_and_for_forty()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Talent");
        var small = await ArchiveBuilder.Meeting("Short seminar", new DateOnly(2024, 1, 10)).WithSpeeches(2, theme).SaveAsync(db);
        var other = await ArchiveBuilder.Meeting("Other short seminar", new DateOnly(2024, 2, 10)).WithSpeeches(2, theme).SaveAsync(db);
        var large = await ArchiveBuilder.Meeting("Long seminar", new DateOnly(2024, 1, 11)).WithSpeeches(40, theme).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var forSmall = await fixture.Portal.CountSqlCommandsAsync(client, $"/en/compare?a={small.Slug}&b={other.Slug}");
        var forLarge = await fixture.Portal.CountSqlCommandsAsync(client, $"/en/compare?a={large.Slug}&b={other.Slug}");

        Assert.Equal(forSmall, forLarge);

        // The two meetings, the themes of either, their speeches, the archive's generation and,
        // the first time, the texts of the speeches on shared themes.
        Assert.InRange(forLarge, 1, 5);
    }

    /// <summary>The element labelled by the heading or label of this id.</summary>
    private static IElement Group(HtmlPage page, string id, string element = "section") =>
        page.Document.QuerySelector($"{element}[aria-labelledby='{id}']")
        ?? page.Document.GetElementById(id)!.Closest(element)
        ?? throw new InvalidOperationException($"No {element} labelled {id}.");

    private static List<string> ThemeLinks(HtmlPage page, string id) => Links(Group(page, id));

    private static List<string> Links(IElement element) =>
        element.QuerySelectorAll("a[href]").Select(a => "/" + a.GetAttribute("href")!).ToList();

    private static List<(string Term, string Count)> Terms(HtmlPage page, string id) =>
        page.Document.QuerySelectorAll($"[aria-labelledby='{id}'] li")
            .Select(li => (li.QuerySelector("a")!.TextContent, li.QuerySelector(".term-moves__count")!.TextContent))
            .ToList();

    private static List<string> SpeechResults(HtmlPage results) =>
        results.Links.Where(l => l.StartsWith("/meetings/", StringComparison.Ordinal) && l.Contains("#speech-", StringComparison.Ordinal)).Distinct().ToList();
}
