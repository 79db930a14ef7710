using System.Net;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Search;

/// <summary>Whatever arrives in the query string, the search answers with a page (results or a
/// message), never a server error; machines are told of a NUL with a 400.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class HostileQueryTests(DatabaseFixture fixture)
{
    public static TheoryData<string> Queries => new()
    {
        "q=" + Uri.EscapeDataString("\"unbalanced quote"),
        "q=" + Uri.EscapeDataString("\"\"\"\""),
        "q=OR",
        "q=" + Uri.EscapeDataString("- OR | & ! ( ) <-> :*"),
        "q=" + Uri.EscapeDataString("'; DROP TABLE meetings; --"),
        "q=" + Uri.EscapeDataString("reform' OR '1'='1"),
        "q=" + Uri.EscapeDataString("fund:* & !reform | (a <2> b)"),
        "q=" + new string('x', 10_000),
        "q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("改革 reform ", 1_000))),
        "q=" + Uri.EscapeDataString("\u0000\u0001\u001f\u007f reform \u200b\u202e"),
        "q=%00%01",
        "q=" + Uri.EscapeDataString("🎉🔬 改革🚀 funding"),
        "q=" + Uri.EscapeDataString("\ud800 broken surrogate"),
        "q=" + Uri.EscapeDataString("the of and"),
        "q=-reform",
        "q=" + Uri.EscapeDataString("<script>alert(1)</script>"),
        "q=reform&from=2024-02-30&to=yesterday",
        "q=reform&from=99999-01-01",
        "q=reform&from=2024&to=2020",
        "theme=no-such-theme&speaker=NOT%20A%20SLUG&org=%F0%9F%8E%89&series=x'y",
        "kind=Rumour&lang=fr&sort=random",
        "q=reform&page=-1",
        "q=reform&page=99999999999999999999",
        "q=reform&page=abc",
        "q=reform&q=funding",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_search_page_answers_200_with_results_or_a_message(string query)
    {
        await using (var db = fixture.CreateDbContext())
        {
            await fixture.ResetAsync();
            await new SearchArchive().SaveAsync(db);
        }

        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/en/search?" + query);
        using var api = await client.GetAsync("/api/speeches?" + query);
        using var csv = await client.GetAsync("/search/export.csv?" + query);
        using var feed = await client.GetAsync("/feeds/search?" + query);

        // A NUL, which PostgreSQL cannot store, is refused to machines with a 400 in their own
        // format (Errors/UnreadableInputTests); the reader's page drops it and searches the rest.
        var machines = query.Contains("%00", StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.OK;
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(machines, api.StatusCode);
        Assert.Equal(machines, csv.StatusCode);
        Assert.Equal(machines, feed.StatusCode);
        Assert.True(
            page.Document.QuerySelector(".result-count, .search-empty, .search-notices") is not null
            || page.Text.Contains("Type words", StringComparison.Ordinal),
            "The page neither showed results nor said why not.");
        Assert.Null(page.Document.QuerySelector("main script"));
    }
}
