using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Curation;
using NsfcSeminar.Web.Features.Saving;

namespace NsfcSeminar.IntegrationTests.Curation;

[Collection(DatabaseTestGroup.Name)]
public sealed class ThemeCurationTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_renamed_theme_answers_301_from_its_old_slug_in_either_language()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = await ArchiveBuilder.Theme("Talent", "人才").SaveAsync(db);
        var oldSlug = theme.Slug;

        var outcome = await fixture.Service<ThemeCommands>().SaveAsync(
            new ThemeInput { Id = theme.Id, Version = theme.Version, Slug = "talent-support", NameEn = "Talent support", NameZh = "人才资助" }, default);

        Assert.True(outcome.Stored);
        using var client = fixture.Portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var language in new[] { "en", "zh" })
        {
            using var response = await client.GetAsync($"/{language}/themes/{oldSlug}");
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal($"/{language}/themes/talent-support", response.Headers.Location?.OriginalString);
        }

        using var follow = fixture.Portal.CreateClient();
        var page = await HtmlPage.GetAsync(follow, $"/en/themes/{oldSlug}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Talent support", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_twice_sends_the_first_slug_straight_to_the_last()
    {
        await fixture.ResetAsync();
        var commands = fixture.Service<ThemeCommands>();
        var first = await commands.SaveAsync(new ThemeInput { Slug = "first-name", NameEn = "First", NameZh = "一" }, default);
        await using var db = fixture.CreateDbContext();
        var theme = await db.ReformThemes.AsNoTracking().SingleAsync(t => t.Slug == first.Record);
        await commands.SaveAsync(new ThemeInput { Id = theme.Id, Version = theme.Version, Slug = "second-name", NameEn = "Second", NameZh = "二" }, default);
        theme = await db.ReformThemes.AsNoTracking().SingleAsync(t => t.Id == theme.Id);
        await commands.SaveAsync(new ThemeInput { Id = theme.Id, Version = theme.Version, Slug = "third-name", NameEn = "Third", NameZh = "三" }, default);

        var redirects = await db.Set<SlugRedirect>().AsNoTracking().OrderBy(r => r.OldSlug).Select(r => $"{r.OldSlug}>{r.NewSlug}").ToListAsync();

        Assert.Equal(["first-name>third-name", "second-name>third-name"], redirects);
    }

    [Fact]
    public async Task Moving_a_theme_under_its_own_sub_theme_is_refused_beside_the_parent_field()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var parent = ArchiveBuilder.Theme("Basic research", "基础研究");
        var child = ArchiveBuilder.Theme("Free exploration", "自由探索", parent);
        var grandchild = await ArchiveBuilder.Theme("Curiosity", "好奇心", child).SaveAsync(db);

        var outcome = await fixture.Service<ThemeCommands>().SaveAsync(
            new ThemeInput { Id = parent.Id, Version = parent.Version, Slug = parent.Slug, NameEn = "Basic research", NameZh = "基础研究", ParentId = grandchild.Id }, default);

        Assert.False(outcome.Stored);
        Assert.Contains(outcome.Problems, p => p.Field == nameof(ThemeInput.ParentId));
        await using var check = fixture.CreateDbContext();
        Assert.Null((await check.ReformThemes.SingleAsync(t => t.Id == parent.Id)).ParentId);
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_the_other_editors_change_is_kept()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = await ArchiveBuilder.Theme("Ethics", "伦理").SaveAsync(db);
        var commands = fixture.Service<ThemeCommands>();
        await commands.SaveAsync(new ThemeInput { Id = theme.Id, Version = theme.Version, Slug = theme.Slug, NameEn = "Research ethics", NameZh = "科研伦理" }, default);

        var second = await commands.SaveAsync(new ThemeInput { Id = theme.Id, Version = theme.Version, Slug = theme.Slug, NameEn = "Ethics (old form)", NameZh = "伦理" }, default);

        Assert.False(second.Stored);
        Assert.Equal(SaveStatus.Conflict, second.Status);
        Assert.Contains(second.Problems, p => p.IsOverall);
        await using var check = fixture.CreateDbContext();
        Assert.Equal("Research ethics", (await check.ReformThemes.SingleAsync(t => t.Id == theme.Id)).Name.En);
    }

    [Fact]
    public async Task Merging_moves_tags_and_sub_themes_without_duplicate_tags_and_redirects_the_old_slug()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var target = ArchiveBuilder.Theme("Talent", "人才");
        var source = ArchiveBuilder.Theme("Talents", "人才队伍");
        var sub = ArchiveBuilder.Theme("Young scientists", "青年科学家", source);
        var meeting = ArchiveBuilder.Meeting("Talent seminar", new DateOnly(2024, 6, 6)).WithSpeeches(2, source);
        meeting.Speeches[0].Themes.Add(target);
        meeting.Themes.Add(source);
        await meeting.SaveAsync(db);
        db.Add(sub);
        await db.SaveWithRevisionsAsync();

        var outcome = await fixture.Service<ThemeCommands>().MergeAsync(source.Id, target.Id, default);

        Assert.True(outcome.Stored);
        await using var check = fixture.CreateDbContext();
        Assert.False(await check.ReformThemes.AnyAsync(t => t.Id == source.Id));
        var speechTags = await check.Speeches.Where(s => s.MeetingId == meeting.Id).Select(s => s.Themes.Select(t => t.Id).ToList()).ToListAsync();
        Assert.All(speechTags, tags => Assert.Equal([target.Id], tags));
        Assert.Equal([target.Id], await check.Meetings.Where(m => m.Id == meeting.Id).SelectMany(m => m.Themes).Select(t => t.Id).ToListAsync());
        Assert.Equal(target.Id, (await check.ReformThemes.SingleAsync(t => t.Id == sub.Id)).ParentId);
        Assert.Equal(target.Slug, (await check.Set<SlugRedirect>().SingleAsync(r => r.OldSlug == source.Slug)).NewSlug);
        var last = await check.Set<Revision>().Where(r => r.RecordType == RecordType.Theme && r.RecordId == source.Id).OrderBy(r => r.Number).LastAsync();
        Assert.Equal((RevisionAction.Merged, target.Slug), (last.Action, last.Note));
    }

    [Fact]
    public async Task A_theme_cannot_be_merged_into_its_own_sub_theme()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var parent = ArchiveBuilder.Theme("Governance", "治理");
        var child = await ArchiveBuilder.Theme("Discipline", "纪律", parent).SaveAsync(db);

        var outcome = await fixture.Service<ThemeCommands>().MergeAsync(parent.Id, child.Id, default);

        Assert.False(outcome.Stored);
        Assert.True(await db.ReformThemes.AnyAsync(t => t.Id == parent.Id));
    }
}
