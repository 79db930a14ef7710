using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Benchmarks;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Search;

namespace NsfcSeminar.IntegrationTests.Search;

/// <summary>The benchmark's generator at a tiny scale: it loads, the index is rebuilt, and the
/// broad words it plants are found.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SyntheticArchiveTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task The_generator_loads_an_archive_that_search_finds()
    {
        await fixture.ResetAsync();

        await new ArchiveLoader(fixture.ConnectionString, meetings: 6, speechesPerMeeting: 5).LoadAsync();

        await using var db = fixture.CreateDbContext();
        Assert.Equal(30, await db.Speeches.CountAsync());
        Assert.Equal(36, await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM search_documents").SingleAsync());
        var search = fixture.Portal.Services.GetRequiredService<SpeechSearch>();
        var chinese = await search.SearchAsync(SearchRequest.Parse(n => n == "q" ? "科学" : null), ReaderAccess.Staff, Language.Zh, withFacets: true, fresh: true, default);
        var english = await search.SearchAsync(SearchRequest.Parse(n => n == "q" ? "research" : null), ReaderAccess.Staff, Language.En, withFacets: true, fresh: true, default);
        Assert.True(chinese.Total > 0);
        Assert.True(english.Total > 0);
        Assert.NotEmpty(english.Facets.Themes);
    }
}
