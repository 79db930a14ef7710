using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.EndToEnd.Reading;

/// <summary>The sample bundle of meeting kinds (samples/meeting-kinds.json) as an editor uploads
/// it and a reader then reads it: each kind by its own name, sessions, sources, and an archived
/// copy whose script never runs from the portal's origin.</summary>
[Collection(PortalTestGroup.Name)]
public sealed class MeetingKindsTests(PortalServer portal) : BrowserTest(portal)
{
    private const string Plenary = "/en/meetings/2025-02-26-committee-plenary-session-sample";

    private static readonly (string Slug, string Kind)[] Meetings =
    [
        ("2025-02-26-committee-plenary-session-sample", "Plenary session"),
        ("2025-04-08-enlarged-party-group-meeting-sample", "Enlarged Party Group meeting"),
        ("2025-06-12-information-sciences-advisory-committee-meeting-sample", "Advisory committee meeting"),
        ("2025-07-03-inspection-visit-sample", "Inspection visit and symposium"),
        ("2025-05-27-international-funders-meeting-sample", "International meeting"),
        ("2025-11-20-anniversary-ceremony-sample", "Ceremony"),
    ];

    [Fact]
    public async Task Each_kind_of_meeting_reads_under_its_own_name_with_its_sessions_and_sources()
    {
        await UploadSamplesAsync();

        foreach (var (slug, kind) in Meetings)
        {
            await Page.GotoAsync($"/en/meetings/{slug}");
            await Expect(Page.Locator("main")).ToContainTextAsync(kind);
            await ScreenshotAsync($"meeting-kind-{slug[11..]}");
        }

        await Page.GotoAsync(Plenary);
        await Expect(Page.Locator("#session-group-discussion")).ToContainTextAsync("Chaired by Zhou Lan (sample person)");
        await Expect(Page.Locator(".participants")).ToContainTextAsync("(more than 40)");
        await Expect(Page.Locator(".sources")).ToContainTextAsync("published on 28 February 2025");
        await ScreenshotAsync("meeting-with-sessions-and-sources");
        await Page.GotoAsync(Plenary.Replace("/en/", "/zh/", StringComparison.Ordinal));
        await Expect(Page.Locator("#speech-member-remarks")).ToContainTextAsync("一位委员");
        await ScreenshotAsync("meeting-with-sessions-and-sources-zh");
    }

    [Fact]
    public async Task An_archived_page_with_a_script_downloads_and_its_script_never_runs_on_the_portal()
    {
        await UploadSamplesAsync();
        var requests = new List<string>();
        Page.Request += (_, request) => requests.Add(request.Url);
        await Page.GotoAsync(Plenary);

        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Archived copy: sample-release.html") }).ClickAsync());

        Assert.Equal("sample-release.html", download.SuggestedFilename);
        Assert.NotEqual("script ran", await Page.TitleAsync());
        Assert.DoesNotContain(requests, url => url.EndsWith("/en/edit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Uploading_a_second_source_for_a_record_previews_each_field_it_changes_and_keeps_the_rest()
    {
        await UploadSamplesAsync();
        const string restated = """
            { "format": 2, "organisations": [
              { "slug": "german-research-foundation", "kind": "ForeignAgency", "name": { "en": "Deutsche Forschungsgemeinschaft" } } ] }
            """;

        await Page.GotoAsync("/en/edit/import");
        await Page.GetByLabel("Bundle file (JSON)").SetInputFilesAsync(new FilePayload
        {
            Name = "second-source.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(restated),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview the import" }).ClickAsync();

        var changes = Page.GetByRole(AriaRole.Table, new() { Name = "organisations 'german-research-foundation'" });
        await Expect(changes.GetByRole(AriaRole.Row, new() { Name = "name.en German Research Foundation Deutsche Forschungsgemeinschaft" })).ToBeVisibleAsync();
        await Expect(changes.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await ScreenshotAsync("import-change-report");
    }

    private async Task UploadSamplesAsync()
    {
        var editor = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        await Page.SignInAsync(editor);
        await Page.GotoAsync("/en/edit/import");
        await Page.GetByLabel("Bundle file (JSON)").SetInputFilesAsync(Path.Combine(RepositoryRoot.Path, "samples", "meeting-kinds.json"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview the import" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Import these records" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Imported from meeting-kinds.json" })).ToBeVisibleAsync();
    }
}
