using System.Globalization;
using Microsoft.Playwright;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Benchmarks;

/// <summary>
/// Enters the seed seminar of 16 November 2024 by hand through Chromium, as an editor does with the
/// workspace (issue 12): titles in both languages and the date, eight participants, the five
/// speeches with their text in both languages, four themes, then Publish. Every click, field
/// filled and key pressed is counted by <see cref="CountedActions"/>; the total is printed and the
/// seminar read back from the database, so a count for a seminar not entered whole is not kept.
/// The people, organisations and themes it picks are made first if the archive lacks them.
/// </summary>
internal sealed class EntryActionsBenchmark(string connectionString, Uri portal, string email, string password, Workspace workspace)
{
    public const int Target = 45;

    private static readonly (string Picker, Bilingual Name, string? Role)[] Participants =
    [
        ("#participant-add-person", Bilingual.Of("Dou Xiankang", "窦贤康"), null),
        ("#participant-add-person", Bilingual.Of("Liu Zhongfan", "刘忠范"), "KeynoteSpeaker"),
        ("#participant-add-person", Bilingual.Of("Meilin"), null),
        ("#participant-add-organisation", Bilingual.Of("Planning and Policy Bureau", "计划与政策局"), "Reporter"),
        ("#participant-add-organisation", Bilingual.Of("Department of Information Sciences", "信息科学部"), null),
        ("#participant-add-person", Bilingual.Of("Li Jinghai", "李静海"), "Attendee"),
        ("#participant-add-person", Bilingual.Of("Gao Ruiping", "高瑞平"), null),
    ];

    private static readonly Bilingual Group = Bilingual.Of("Specially invited scientist representatives", "特邀科学家代表");

    private static readonly Bilingual[] Themes =
    [
        Bilingual.Of("Basic research", "基础研究"), Bilingual.Of("Science fund reform", "科学基金改革"),
        Bilingual.Of("Integrity and innovation", "守正创新"), Bilingual.Of("A strong science and technology country by 2035", "科技强国"),
    ];

    public async Task<int> RunAsync()
    {
        await SeedVocabulary.EnsureAsync(connectionString);
        await using var browser = await EditorBrowser.OpenAsync(portal, email, password, workspace, "entry");
        var (page, editor) = (browser.Page, browser.Editor);

        var run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        await editor.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = workspace["Editing.NewSeminar"], Exact = true }));
        await Assertions.Expect(page.Locator("form.edit-form")).ToBeVisibleAsync();
        await editor.FillAsync(page.GetByLabel(workspace["Editing.FirstDay"], new() { Exact = true }), "2024-11-16");
        await editor.FillAsync(page.Locator("#meeting-zh-title"), $"2024年第二次党组务虚研讨会（录入测试 {run}）");
        await editor.CheckAsync(page.Locator("#meeting-en-present"));
        await editor.FillAsync(page.Locator("#meeting-en-title"), $"Second Party Group strategy seminar of 2024 (entry run {run})");
        await browser.MarkAsync("facts", "facts", page.Locator("h1"));

        for (var i = 0; i < Participants.Length; i++)
        {
            var (picker, name, role) = Participants[i];
            await editor.PickAsync(picker, workspace.Typed(name), workspace.Label(name));
            if (role is not null)
            {
                await editor.SelectAsync(page.Locator($"#participant-{i + 1}-role"), role);
            }
        }

        // The eighth, a group: a blank row, the group and its role.
        await editor.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = workspace["Editing.AddAParticipant"], Exact = true }));
        await editor.SelectAsync(page.Locator("#participant-8-group"), workspace.Label(Group), byLabel: true);
        await editor.SelectAsync(page.Locator("#participant-8-role"), "InvitedScientist");
        await browser.MarkAsync("participants", "participants", page.Locator("#participant-6-role"));

        foreach (var theme in Themes)
        {
            await editor.PickAsync("#meeting-theme-add", workspace.Typed(theme), workspace.Label(theme));
        }

        await browser.MarkAsync("themes", "themes", page.Locator(".theme-picker").First);

        await editor.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = workspace["Editing.AddASpeechForEachSpeaker"] }));
        await Assertions.Expect(page.Locator(".speech-card")).ToHaveCountAsync(5);
        for (var i = 1; i <= 5; i++)
        {
            await editor.FillAsync(page.Locator($"#speech-{i}-zh-body"), string.Create(CultureInfo.InvariantCulture, $"第{i}篇讲话的要点：坚持**“四个面向”**，加强基础研究。"));
            await editor.FillAsync(page.Locator($"#speech-{i}-en-body"), string.Create(CultureInfo.InvariantCulture, $"Speech {i} in summary: basic research, on **four fronts**."));
        }

        await browser.MarkAsync("speeches", "speeches", page.Locator(".speech-card").First);

        await editor.PublishAsync();
        await browser.MarkAsync("publish", "publish", page.Locator("h1"));

        var stored = await StoredSeminar.ReadAsync(connectionString, new Uri(page.Url).AbsolutePath.Split('/')[^1]);
        editor.Print("Entering the seed seminar by hand through Chromium (titles and date, 8 participants, 5 speeches with text in both languages, 4 themes, Publish):", Target);
        Console.WriteLine($"Stored: {stored}");
        return stored is { Status: "published", Participants: 8, SpeechesWithBothBodies: 5, Themes: 4 } && editor.Total <= Target ? 0 : 1;
    }
}
