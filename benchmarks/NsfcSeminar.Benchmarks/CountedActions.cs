using Microsoft.Playwright;

namespace NsfcSeminar.Benchmarks;

/// <summary>An editor's hands on the page: each click, field filled (a choice in a list counts as
/// one) and key pressed goes through here and is counted, step by step.</summary>
internal sealed class CountedActions(IPage page)
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
