using System.Globalization;
using Microsoft.Playwright;

namespace NsfcSeminar.Benchmarks;

/// <summary>An editor's hands on the page: each click, field filled (a choice in a list counts as
/// one) and key pressed goes through here and is counted, step by step, in the workspace's language.</summary>
internal sealed class CountedActions(IPage page, Workspace workspace)
{
    private readonly List<Step> _steps = [];
    private int _clicks, _fills, _keys;

    public int Clicks => _steps.Sum(s => s.Clicks) + _clicks;

    public int Fills => _steps.Sum(s => s.Fills) + _fills;

    public int Keys => _steps.Sum(s => s.Keys) + _keys;

    public int Total => Clicks + Fills + Keys;

    public IReadOnlyList<Step> Steps => _steps;

    public async Task ClickAsync(ILocator target)
    {
        await target.ClickAsync();
        _clicks++;
    }

    public async Task CheckAsync(ILocator target)
    {
        await target.CheckAsync();
        _clicks++;
    }

    public async Task FillAsync(ILocator field, string text)
    {
        await field.FillAsync(text);
        _fills++;
    }

    public async Task SelectAsync(ILocator list, string value, bool byLabel = false)
    {
        await (byLabel ? list.SelectOptionAsync(new SelectOptionValue { Label = value }) : list.SelectOptionAsync(value));
        _fills++;
    }

    public async Task PressAsync(ILocator field, string key)
    {
        await field.PressAsync(key);
        _keys++;
    }

    /// <summary>Types into a search-as-you-type picker and presses Enter once the record is offered first.</summary>
    public async Task PickAsync(string picker, string typed, string label, bool exact = true)
    {
        var input = page.Locator(picker);
        await FillAsync(input, typed);
        var first = page.Locator($"{picker}-listbox [role=option]").First.Locator(".picker__name");
        await (exact ? Assertions.Expect(first).ToHaveTextAsync(label) : Assertions.Expect(first).ToContainTextAsync(label));
        await PressAsync(input, "Enter");
    }

    /// <summary>Publishes the seminar open on the page; when the page names a seminar that looks
    /// the same, the editor has read the warning and publishes again (one more click).</summary>
    public async Task PublishAsync()
    {
        var publish = page.GetByRole(AriaRole.Button, new() { Name = workspace["Editing.Publish"], Exact = true });
        await ClickAsync(publish);
        var named = page.GetByText(workspace["Editing.TheArchiveAlreadyHoldsASeminar"]);
        var published = page.Locator(".status-actions .status", new() { HasText = workspace["Editing.Published"] });
        await Assertions.Expect(named.Or(published)).ToBeVisibleAsync(new() { Timeout = 120_000 });
        if (await named.IsVisibleAsync())
        {
            await ClickAsync(publish);
        }

        await Assertions.Expect(published).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("[data-saves]")).ToHaveTextAsync(workspace["Editing.Saved"]);
    }

    /// <summary>The steps as a Markdown table, as docs/performance.md keeps them.</summary>
    public void Print(string heading, int target)
    {
        Console.WriteLine($"{heading} Workspace: {workspace.Code}.");
        Console.WriteLine();
        Console.WriteLine("| step | clicks | fields filled | key presses | actions |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var step in Steps)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {step.Name} | {step.Clicks} | {step.Fills} | {step.Keys} | {step.Total} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **all** | {Clicks} | {Fills} | {Keys} | **{Total}** (target ≤ {target}) |"));
        Console.WriteLine();
    }

    /// <summary>Closes a step: what was counted since the last mark is its share.</summary>
    public void Mark(string name)
    {
        _steps.Add(new Step(name, _clicks, _fills, _keys));
        (_clicks, _fills, _keys) = (0, 0, 0);
    }

    public sealed record Step(string Name, int Clicks, int Fills, int Keys)
    {
        public int Total => Clicks + Fills + Keys;
    }
}
