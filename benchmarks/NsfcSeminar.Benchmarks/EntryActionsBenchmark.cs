using System.Globalization;
using Microsoft.Playwright;

namespace NsfcSeminar.Benchmarks;

/// <summary>
/// Enters the seed seminar of 16 November 2024 by hand through Chromium, as an editor does with the
/// workspace (issue 12): titles in both languages and the date, eight participants, the five
/// speeches with their text in both languages, four themes, then Publish. Every click, field
/// filled and key pressed is counted by <see cref="CountedActions"/>; the total is printed and the
/// seminar read back from the database, so a count for a seminar not entered whole is not kept.
/// The people, organisations and themes it picks are made first if the archive lacks them.
/// </summary>
internal sealed class EntryActionsBenchmark(string connectionString, Uri portal, string email, string password)
{
    public const int Target = 45;

    private static readonly (string Picker, string Typed, string Label, string? Role)[] Participants =
    [
        ("#participant-add-person", "Dou Xiankang", "Dou Xiankang · 窦贤康", null),
        ("#participant-add-person", "Liu Zhongfan", "Liu Zhongfan · 刘忠范", "KeynoteSpeaker"),
        ("#participant-add-person", "Meilin", "Meilin", null),
        ("#participant-add-organisation", "Planning and Policy", "Planning and Policy Bureau · 计划与政策局", "Reporter"),
        ("#participant-add-organisation", "Information Sciences", "Department of Information Sciences · 信息科学部", null),
        ("#participant-add-person", "Li Jinghai", "Li Jinghai · 李静海", "Attendee"),
        ("#participant-add-person", "Gao Ruiping", "Gao Ruiping · 高瑞平", null),
    ];

    private static readonly string[] Themes = ["Basic research", "Science fund reform", "Integrity and innovation", "A strong science and technology country"];

    public async Task<int> RunAsync()
    {
        await SeedVocabulary.EnsureAsync(connectionString);
        await using var browser = await EditorBrowser.OpenAsync(portal, email, password);
        var page = browser.Page;
        await page.GotoAsync("en/edit");

        var editor = new CountedActions(page);
        var run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        await editor.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "New seminar", Exact = true }));
        await Assertions.Expect(page.Locator("form.edit-form")).ToBeVisibleAsync();
        await editor.FillAsync(page.GetByLabel("First day"), "2024-11-16");
        await editor.FillAsync(page.Locator("#meeting-zh-title"), $"2024年第二次党组务虚研讨会（录入测试 {run}）");
        await editor.CheckAsync(page.Locator("#meeting-en-present"));
        await editor.FillAsync(page.Locator("#meeting-en-title"), $"Second Party Group strategy seminar of 2024 (entry run {run})");
        editor.Mark("facts");

        for (var i = 0; i < Participants.Length; i++)
        {
            var (picker, typed, label, role) = Participants[i];
            await editor.PickAsync(picker, typed, label);
            if (role is not null)
            {
                await editor.SelectAsync(page.Locator($"#participant-{i + 1}-role"), role);
            }
        }

        // The eighth, a group: a blank row, the group and its role.
        await editor.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add a participant", Exact = true }));
        await editor.SelectAsync(page.Locator("#participant-8-group"), "Specially invited scientist representatives · 特邀科学家代表", byLabel: true);
        await editor.SelectAsync(page.Locator("#participant-8-role"), "InvitedScientist");
        editor.Mark("participants");

        foreach (var theme in Themes)
        {
            await editor.PickAsync("#meeting-theme-add", theme, theme, exact: false);
        }

        editor.Mark("themes");

        await editor.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add a speech for each speaker without one" }));
        await Assertions.Expect(page.Locator(".speech-card")).ToHaveCountAsync(5);
        for (var i = 1; i <= 5; i++)
        {
            await editor.FillAsync(page.Locator($"#speech-{i}-zh-body"), string.Create(CultureInfo.InvariantCulture, $"第{i}篇讲话的要点：坚持**“四个面向”**，加强基础研究。"));
            await editor.FillAsync(page.Locator($"#speech-{i}-en-body"), string.Create(CultureInfo.InvariantCulture, $"Speech {i} in summary: basic research, on **four fronts**."));
        }

        editor.Mark("speeches");

        await editor.PublishAsync();
        editor.Mark("publish");
        await browser.ScreenshotAsync("entry-actions-published");

        var stored = await StoredSeminar.ReadAsync(connectionString, new Uri(page.Url).AbsolutePath.Split('/')[^1]);
        editor.Print("Entering the seed seminar by hand through Chromium (titles and date, 8 participants, 5 speeches with text in both languages, 4 themes, Publish):", Target);
        Console.WriteLine($"Stored: {stored}");
        return stored is { Status: "published", Participants: 8, SpeechesWithBothBodies: 5, Themes: 4 } && editor.Total <= Target ? 0 : 1;
    }
}
