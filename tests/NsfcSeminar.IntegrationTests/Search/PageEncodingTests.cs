using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Search;

/// <summary>Pages write Chinese as itself, not as a character reference each, and still escape
/// whatever HTML gives meaning to.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class PageEncodingTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_search_page_writes_Chinese_as_itself_and_escapes_markup_from_the_query()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            await new SearchArchive().SaveAsync(db);
        }

        using var client = fixture.Portal.CreateClient();
        var html = await client.GetStringAsync("/zh/search?q=" + Uri.EscapeDataString("改革 <b>x</b>"));

        Assert.Contains("改革", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x6539;", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>x</b>", html, StringComparison.Ordinal);
    }
}
