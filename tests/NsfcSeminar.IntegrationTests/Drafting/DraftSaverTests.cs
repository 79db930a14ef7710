using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Harvesting;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Drafting;
using NsfcSeminar.Web.Features.Saving;

namespace NsfcSeminar.IntegrationTests.Drafting;

[Collection(DatabaseTestGroup.Name)]
public sealed class DraftSaverTests(DatabaseFixture fixture)
{
    private static string Release(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Releases", name));

    private async Task<DraftSeminar> ProposeAsync(string release)
    {
        var vocabulary = await fixture.Portal.Services.GetRequiredService<DraftVocabularyQuery>().LoadAsync(CancellationToken.None);
        return DraftProposer.Propose(Release(release), vocabulary);
    }

    private Task<SaveResult<string>> ConfirmAsync(DraftSeminar draft) =>
        fixture.Portal.Services.GetRequiredService<DraftSaver>().SaveAsync(draft, CancellationToken.None);

    [Fact]
    public async Task Proposing_writes_nothing()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var before = await CountRowsAsync();

        var draft = await ProposeAsync("en-2024-strategy-seminar.txt");

        Assert.NotEmpty(draft.Speeches);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task Confirming_saves_a_draft_that_reuses_the_archives_people_and_bodies()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var draft = await ProposeAsync("en-2024-strategy-seminar.txt");
        var peopleBefore = await CountAsync(db => db.People);

        var result = await ConfirmAsync(draft);

        Assert.Empty(result.Problems);
        await using var db = fixture.CreateDbContext();
        var meeting = await db.Meetings.AsNoTracking()
            .Include(m => m.Texts).Include(m => m.Participations).Include(m => m.Themes)
            .Include(m => m.Speeches).ThenInclude(s => s.Texts)
            .Include(m => m.Speeches).ThenInclude(s => s.SpeakerPerson)
            .Include(m => m.Speeches).ThenInclude(s => s.SpeakerOrganisation)
            .SingleAsync(m => m.Slug == result.Record);
        Assert.Equal(PublicationStatus.Draft, meeting.Status);
        Assert.Equal(new DateOnly(2024, 11, 16), meeting.StartDate);
        Assert.Equal((MeetingKind.StrategySeminar, 2), (meeting.Kind, meeting.SequenceNumber));
        Assert.StartsWith("2024-11-16-party-group-of-the-nsfc", meeting.Slug, StringComparison.Ordinal);
        Assert.Equal(["dou-xiankang", "liu-zhongfan", "meilin", null, null], meeting.Speeches.OrderBy(s => s.SortOrder).Select(s => s.SpeakerPerson?.Slug));
        Assert.Equal("planning-and-policy-bureau", meeting.Speeches.Single(s => s.SortOrder == 4).SpeakerOrganisation!.Slug);
        Assert.All(meeting.Speeches, s => Assert.Equal(Language.En, Assert.Single(s.Texts).Language));
        Assert.Contains(meeting.Themes, t => t.Slug == "integrity-and-innovation");
        Assert.Equal(draft.Themes.Where(t => t.Selected).Select(t => t.Slug).Order(StringComparer.Ordinal), meeting.Themes.Select(t => t.Slug).Order(StringComparer.Ordinal));
        Assert.Equal(draft.Participants.Count, meeting.Participations.Count);
        Assert.Equal(peopleBefore, await CountAsync(d => d.People));
    }

    [Fact]
    public async Task A_confirmed_draft_is_invisible_to_anonymous_readers_and_harvesters()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var result = await ConfirmAsync(await ProposeAsync("en-2025-symposium.txt"));
        using var client = fixture.Portal.CreateClient();

        var page = await client.GetAsync($"/en/meetings/{result.Record}");
        var list = await HtmlPage.GetAsync(client, "/en/meetings?year=2025");
        var oai = await OaiResponse.GetAsync(client, $"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:nsfc-seminar:meeting/{result.Record}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain(result.Record!, string.Join(' ', list.Links), StringComparison.Ordinal);
        Assert.Equal("idDoesNotExist", oai.ErrorCode);
    }

    [Fact]
    public async Task New_people_named_only_in_Chinese_are_created_once_with_a_stable_slug()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var draft = await ProposeAsync("zh-2025-symposium.txt");

        var result = await ConfirmAsync(draft);

        await using var db = fixture.CreateDbContext();
        var sun = await db.People.AsNoTracking().SingleAsync(p => p.Name.Zh == "孙宇");
        Assert.Matches("^person-[0-9a-f]{8}$", sun.Slug);
        Assert.Null(sun.Name.En);
        var speech = await db.Speeches.AsNoTracking().Include(s => s.Texts).SingleAsync(s => s.Meeting.Slug == result.Record);
        Assert.Equal((sun.Id, "量子信息科学中的自由探索"), (speech.SpeakerPersonId, speech.Texts.Single().Title));
        Assert.Equal(Language.Zh, speech.Texts.Single().Language);
        var texts = await db.Meetings.AsNoTracking().Where(m => m.Slug == result.Record).SelectMany(m => m.Texts).ToListAsync();
        Assert.Equal(Language.Zh, Assert.Single(texts).Language);
    }

    [Fact]
    public async Task Confirming_the_same_release_twice_gives_two_drafts_with_distinct_slugs()
    {
        await fixture.ResetWithSampleArchiveAsync();

        var first = await ConfirmAsync(await ProposeAsync("en-2023-study-session.txt"));
        var second = await ConfirmAsync(await ProposeAsync("en-2023-study-session.txt"));

        Assert.NotEqual(first.Record, second.Record);
        Assert.Equal($"{first.Record}-2", second.Record);
    }

    [Fact]
    public async Task A_draft_without_a_date_or_a_title_is_refused_and_nothing_is_written()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var draft = await ProposeAsync("en-2024-strategy-seminar.txt");
        draft.StartDate = null;
        draft.TitleEn = " ";
        var before = await CountRowsAsync();

        var result = await ConfirmAsync(draft);

        Assert.Null(result.Record);
        Assert.Equal(2, result.Problems.Count);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task A_draft_numbered_in_no_series_is_refused_and_nothing_is_written()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var draft = await ProposeAsync("en-2024-strategy-seminar.txt");
        draft.SeriesSlug = null;
        var before = await CountRowsAsync();

        var result = await ConfirmAsync(draft);

        Assert.Null(result.Record);
        Assert.Contains(result.Problems, e => e.Message.StartsWith("A number in the series needs its series", StringComparison.Ordinal));
        Assert.Equal(before, await CountRowsAsync());
    }

    private async Task<int> CountAsync<T>(Func<SeminarDbContext, IQueryable<T>> set)
    {
        await using var db = fixture.CreateDbContext();
        return await set(db).CountAsync();
    }

    private async Task<(int, int, int, int, int, int)> CountRowsAsync()
    {
        await using var db = fixture.CreateDbContext();
        return (await db.Meetings.CountAsync(), await db.People.CountAsync(), await db.Organisations.CountAsync(),
            await db.AttendeeGroups.CountAsync(), await db.Speeches.CountAsync(), await db.Participations.CountAsync());
    }
}
