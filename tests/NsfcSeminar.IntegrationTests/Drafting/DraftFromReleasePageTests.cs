using System.Net;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Drafting;

[Collection(DatabaseTestGroup.Name)]
public sealed class DraftFromReleasePageTests(DatabaseFixture fixture)
{
    private const string Url = "/en/edit/drafts/from-release";

    private static string Release(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Releases", name));

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_staff_are_refused()
    {
        await fixture.ResetAsync();
        using var anonymous = fixture.Portal.CreateClient(new() { AllowAutoRedirect = false });
        using var staff = await fixture.Portal.SignedInClientAsync(SeminarRoles.Staff);

        using var redirect = await anonymous.GetAsync(Url);
        var refused = await HtmlPage.GetAsync(staff, Url);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Contains("/account/sign-in", redirect.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }

    [Fact]
    public async Task An_editor_pastes_reviews_corrects_and_confirms_and_only_then_a_draft_exists()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var editor = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);
        var meetingsBefore = await CountMeetingsAsync();

        var review = await FormPost.SubmitAsync(editor, Url, "release", new Dictionary<string, string>
        {
            ["Release.Text"] = Release("en-2024-strategy-seminar.txt"),
        });

        Assert.Equal(HttpStatusCode.OK, review.Status);
        Assert.Equal("2024-11-16", review.Document.QuerySelector("#draft-start")!.GetAttribute("value"));
        Assert.Equal("Beijing", review.Document.QuerySelector("#draft-place-en")!.GetAttribute("value"));
        Assert.Contains("Check before saving", review.Text, StringComparison.Ordinal);
        Assert.Contains("Virtual seminar", review.Text, StringComparison.Ordinal);
        Assert.Equal(meetingsBefore, await CountMeetingsAsync());

        var saved = await PageForm.SubmitAsync(editor, review, "draft-review", new Dictionary<string, string>
        {
            ["Review.TitleZh"] = "党组2024年第二次务虚研讨会",
        });

        var slug = OpenedDraft(saved);
        await using var db = fixture.CreateDbContext();
        var draft = await db.Meetings.AsNoTracking().Include(m => m.Texts).Include(m => m.Speeches).Include(m => m.Sources).ThenInclude(s => s.Copies).SingleAsync(m => m.Slug == slug);
        var kept = Assert.Single(Assert.Single(draft.Sources).Copies);
        Assert.Equal(Release("en-2024-strategy-seminar.txt").ReplaceLineEndings("\n").Trim(), System.Text.Encoding.UTF8.GetString(kept.Content).Trim());
        Assert.Equal("text/plain; charset=utf-8", kept.ContentType);
        Assert.Equal(PublicationStatus.Draft, draft.Status);
        Assert.Equal(meetingsBefore + 1, await CountMeetingsAsync());
        Assert.Equal(new DateOnly(2024, 11, 16), draft.StartDate);
        Assert.Contains(draft.Texts, t => t.Language == Language.Zh && t.Title == "党组2024年第二次务虚研讨会");
        Assert.Equal(5, draft.Speeches.Count);

        using var anonymous = fixture.Portal.CreateClient();
        using var page = await anonymous.GetAsync($"/en/meetings/{draft.Slug}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Drafting_a_release_the_archive_already_holds_names_the_archived_seminar_before_anything_is_saved()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var editor = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);

        var review = await FormPost.SubmitAsync(editor, Url, "release", new Dictionary<string, string>
        {
            ["Release.Text"] = Release("en-2024-strategy-seminar.txt"),
        });

        Assert.Contains(
            "The archive already holds a seminar of the same date, series and number: “2024-11-16-party-group-strategy-seminar”.",
            review.Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Chinese_speaking_editor_reviews_an_English_release_in_Chinese_with_themes_named_in_Chinese_first()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var editor = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);

        var review = await FormPost.SubmitAsync(editor, "/zh/edit/drafts/from-release", "release", new Dictionary<string, string>
        {
            ["Release.Text"] = Release("en-2024-strategy-seminar.txt"),
        });

        Assert.Contains("基础研究 · Basic research", review.Document.QuerySelectorAll(".draft-theme label").Select(l => l.TextContent.Trim()));
        Assert.Equal("讲话题目 （英文）", review.Document.QuerySelector("label[for='draft-speech-0-title']")!.TextContent);
    }

    [Fact]
    public async Task Rows_left_out_and_themes_unticked_are_not_saved_and_a_missing_date_is_refused()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var editor = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);
        var draftsBefore = await CountDraftsAsync();
        var review = await FormPost.SubmitAsync(editor, Url, "release", new Dictionary<string, string>
        {
            ["Release.Text"] = Release("zh-2024-strategy-seminar.txt"),
        });

        var refused = await PageForm.SubmitAsync(editor, review, "draft-review", new Dictionary<string, string> { ["Review.StartDate"] = "" });
        Assert.Contains("Enter the date of the meeting.", refused.Text, StringComparison.Ordinal);
        Assert.Equal(draftsBefore, await CountDraftsAsync());

        var form = PageForm.Values(refused.Document.QuerySelector("form:has(input[value='draft-review'])")!).ToDictionary(f => f.Key, f => f.Value);
        form["Review.Speeches[1].LeaveOut"] = "true";
        var basicResearch = form.Single(f => f.Value == "basic-research" && f.Key.EndsWith(".Slug", StringComparison.Ordinal)).Key;
        form[basicResearch.Replace(".Slug", ".Selected", StringComparison.Ordinal)] = "false";
        // Named once in the release, so offered unticked; the editor ticks it.
        var fundingEfficiency = form.Single(f => f.Value == "funding-efficiency" && f.Key.EndsWith(".Slug", StringComparison.Ordinal)).Key;
        form[fundingEfficiency.Replace(".Slug", ".Selected", StringComparison.Ordinal)] = "true";
        form["Review.StartDate"] = "2024-11-16";
        var saved = await PageForm.SubmitAsync(editor, refused, "draft-review", form);

        var slug = OpenedDraft(saved);
        await using var db = fixture.CreateDbContext();
        var kinds = await db.Speeches.AsNoTracking().Where(s => s.Meeting.Slug == slug).OrderBy(s => s.SortOrder).Select(s => s.Kind).ToListAsync();
        Assert.Equal([SpeechKind.PresidingSpeech, SpeechKind.Report, SpeechKind.Report], kinds);
        var themes = await db.Meetings.AsNoTracking().Where(m => m.Slug == slug).SelectMany(m => m.Themes).Select(t => t.Slug).ToListAsync();
        Assert.DoesNotContain("basic-research", themes);
        Assert.Contains("funding-efficiency", themes);
    }

    /// <summary>Saving opens the new draft in the seminar's edit page; its address names it.</summary>
    private static string OpenedDraft(HtmlPage saved)
    {
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Matches("^/en/edit/meetings/[^/]+$", saved.Address.AbsolutePath);
        return Uri.UnescapeDataString(saved.Address.AbsolutePath.Split('/')[^1]);
    }

    private async Task<int> CountMeetingsAsync()
    {
        await using var db = fixture.CreateDbContext();
        return await db.Meetings.CountAsync();
    }

    private async Task<int> CountDraftsAsync()
    {
        await using var db = fixture.CreateDbContext();
        return await db.Meetings.CountAsync(m => m.Status == PublicationStatus.Draft);
    }
}
