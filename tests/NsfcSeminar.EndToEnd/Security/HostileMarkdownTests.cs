using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.EndToEnd.Infrastructure;

namespace NsfcSeminar.EndToEnd.Security;

/// <summary>
/// What an editor (or an account taken over) saves is shown to every reader: markup meant to run
/// script must reach the reader's browser as harmless text. The renderer's own tests check the
/// HTML; this checks a real browser, with the policy as the second wall.
/// </summary>
[Collection(PortalTestGroup.Name)]
public sealed class HostileMarkdownTests(PortalServer portal) : BrowserTest(portal)
{
    private const string Payloads = """
        Opening words. <script>window.__pwned = 'script'</script>

        <img src=x onerror="window.__pwned = 'img'"> <svg onload="window.__pwned = 'svg'"></svg>

        <iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe>

        [a link that runs script](javascript:window.__pwned='link') and [another](JaVaScRiPt:alert(1))
        and [a data page](data:text/html,<script>alert(1)</script>) and <a href="javascript:alert(1)">raw</a>.

        ![an image](javascript:alert(1)) [styled]( "x" onmouseover="alert(1)")
        """;

    [Fact]
    public async Task Script_saved_in_a_speech_never_runs_in_a_readers_browser()
    {
        var slug = await SaveHostileMeetingAsync();
        var dialogs = new List<string>();
        Page.Dialog += (_, dialog) => dialogs.Add(dialog.Message);

        foreach (var language in new[] { "en", "zh" })
        {
            await Page.GotoAsync($"/{language}/meetings/{slug}");
            var speech = Page.Locator("article.speech").First;
            await Expect(speech.GetByText("Opening words.").First).ToBeVisibleAsync();
            await Expect(speech.GetByText("a link that runs script").First).ToBeVisibleAsync();
            await speech.GetByText("a link that runs script").First.ClickAsync();
            await Expect(speech.Locator("script, iframe, svg, [onerror], [onload], [onmouseover], a[href*='script:' i], a[href^='data:']")).ToHaveCountAsync(0);
            Assert.Equal("undefined", await Page.EvaluateAsync<string>("() => typeof window.__pwned"));
        }

        await ScreenshotAsync("security-04-hostile-markdown", fullPage: false);
        Assert.Empty(dialogs);
    }

    private async Task<string> SaveHostileMeetingAsync()
    {
        var options = new DbContextOptionsBuilder<SeminarDbContext>();
        options.UseSeminarDatabase(Portal.ConnectionString);
        await using var db = new SeminarDbContext(options.Options);
        var slug = $"hostile-{Guid.NewGuid():N}";
        var speaker = new Person { Slug = $"speaker-{slug}", Name = Bilingual.Of("<script>window.__pwned='name'</script>Speaker", null) };
        db.Meetings.Add(new Meeting
        {
            Slug = slug,
            Kind = MeetingKind.Seminar,
            StartDate = new DateOnly(2025, 3, 1),
            Place = Bilingual.Of("Beijing", "北京"),
            Status = PublicationStatus.Published,
            Visibility = Visibility.Public,
            Texts =
            {
                new MeetingText { Language = Language.En, Title = "<img src=x onerror=\"window.__pwned='title'\">Hostile seminar", Provenance = TextProvenance.Original },
            },
            Speeches =
            {
                new Speech
                {
                    Anchor = "hostile",
                    SortOrder = 1,
                    Kind = SpeechKind.Report,
                    SpeakerPerson = speaker,
                    Texts =
                    {
                        new SpeechText { Language = Language.En, Title = "<script>window.__pwned='speech'</script>Report", BodyMarkdown = Payloads },
                        new SpeechText { Language = Language.Zh, Title = "报告", BodyMarkdown = Payloads, Provenance = TextProvenance.Translation },
                    },
                },
            },
        });
        await db.SaveWithRevisionsAsync();
        return slug;
    }
}
