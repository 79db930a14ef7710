using NsfcSeminar.EndToEnd.Infrastructure;
using NsfcSeminar.EndToEnd.Security;

namespace NsfcSeminar.EndToEnd.Reading;

/// <summary>
/// Every reading page, in both languages, on a desktop and on a phone, is valid HTML (the Nu HTML
/// checker finds no error, headings skip no level) and axe-core finds no serious or critical
/// accessibility fault in it, tap targets of at least 24 px included. Every other browser test
/// checks the pages it visits the same way (<see cref="PageChecks"/>); this one visits them all.
/// </summary>
[Collection(PortalTestGroup.Name)]
public sealed class ValidPagesTests(PortalServer portal) : BrowserTest(portal)
{
    private static readonly string[] SearchPages =
    [
        "/search?q=research&theme=basic-research&from=2020-01-01&to=2024-12-31",
        "/search?q=zzzqqq",
        "/search",
    ];

    [Theory]
    [InlineData("en", 1280)]
    [InlineData("en", 375)]
    [InlineData("zh", 1280)]
    [InlineData("zh", 375)]
    public async Task Every_reading_page_is_valid_HTML_with_no_serious_accessibility_fault(string language, int width)
    {
        ExpectNotFoundResponse();
        await Page.SetViewportSizeAsync(width, 900);
        var pages = PortalPages.Public.Values.Concat(SearchPages).Append(PortalPages.Refusals["/not-found"].Path);

        foreach (var path in pages)
        {
            await Page.GotoAsync($"/{language}{path}");
        }

        var problems = await CheckVisitedPagesAsync();
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join('\n', problems));
    }
}
