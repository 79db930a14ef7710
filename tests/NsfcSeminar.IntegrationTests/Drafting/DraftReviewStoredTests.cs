using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Drafting;

/// <summary>What the review form shows is what a draft saved as offered stores.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed partial class DraftReviewStoredTests(DatabaseFixture fixture)
{
    private const string Url = "/en/edit/drafts/from-release";

    [Fact]
    public async Task The_seed_release_saved_as_offered_stores_exactly_the_themes_the_review_ticked()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var editor = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);
        var review = await FormPost.SubmitAsync(editor, Url, "release", new Dictionary<string, string> { ["Release.Text"] = SeedRelease.Read() });

        var candidates = review.Document.QuerySelectorAll("input[name^='Review.Themes['][name$='].Slug']").Select(i => i.GetAttribute("value")!).ToList();
        var ticked = review.Document.QuerySelectorAll("input[type=checkbox][name^='Review.Themes['][checked]")
            .Select(box => review.Document.QuerySelector($"input[name='{box.GetAttribute("name")!.Replace(".Selected", ".Slug", StringComparison.Ordinal)}']")!.GetAttribute("value")!)
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(candidates.Count > ticked.Count, "some candidates are offered unticked");

        var saved = await PageForm.SubmitAsync(editor, review, "draft-review");
        var slug = Uri.UnescapeDataString(saved.Address.AbsolutePath.Split('/')[^1]);
        await using var db = fixture.CreateDbContext();
        var stored = await db.Meetings.AsNoTracking().Where(m => m.Slug == slug).SelectMany(m => m.Themes).Select(t => t.Slug).ToListAsync();

        // The four themes of the seed seminar as archived; the release's passing mentions stay unticked.
        Assert.Equal(["basic-research", "integrity-and-innovation", "science-fund-reform", "strong-science-country-2035"], ticked);
        Assert.Equal(ticked, stored.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Speeches_from_an_English_release_keep_its_passages_in_English_and_leave_the_Chinese_version_missing()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var editor = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);
        var release = SeedRelease.Read();
        var review = await FormPost.SubmitAsync(editor, Url, "release", new Dictionary<string, string> { ["Release.Text"] = release });
        Assert.Contains("Its Chinese version is left missing for an editor to write; nothing is translated or copied.", review.Text, StringComparison.Ordinal);

        // The editor gives the seminar a Chinese title: the speeches still have no Chinese words to hold.
        var saved = await PageForm.SubmitAsync(editor, review, "draft-review", new Dictionary<string, string> { ["Review.TitleZh"] = "自然科学基金委党组2024年第二次务虚研讨会" });
        var slug = Uri.UnescapeDataString(saved.Address.AbsolutePath.Split('/')[^1]);
        await using var db = fixture.CreateDbContext();
        var texts = await db.Speeches.AsNoTracking().Where(s => s.Meeting.Slug == slug).OrderBy(s => s.SortOrder)
            .Select(s => s.Texts.Select(t => new { t.Language, t.Summary, t.BodyMarkdown }).ToList()).ToListAsync();

        Assert.Equal(5, texts.Count);
        var words = Spaces().Replace(release, " ");
        Assert.All(texts, versions =>
        {
            var english = Assert.Single(versions);
            Assert.Equal(Language.En, english.Language);
            // A report cut from "…, while the Ministry … reported" starts with a capital the release lacks.
            Assert.Contains(english.Summary![..40], words, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("", english.BodyMarkdown);
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Spaces();
}
