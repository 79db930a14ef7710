using System.Text.RegularExpressions;

namespace NsfcSeminar.Web.Tests.Localization;

/// <summary>No English string is left in the Chinese interface: every string the source passes to
/// the localizer is translated, by the resource file the portal really loads.</summary>
public sealed partial class ChineseInterfaceTests
{
    private static readonly IReadOnlyDictionary<string, string> Chinese = InterfaceStrings.ChineseResource();

    [Fact]
    public void The_source_passes_strings_to_the_localizer()
    {
        // Guards the walk below: a broken pattern would find nothing and pass everything.
        Assert.Contains("Layout.SkipToContent", InterfaceStrings.UsedInSource());
        Assert.True(InterfaceStrings.UsedInSource().Count > 80);
    }

    [Fact]
    public void Every_string_in_the_source_has_a_Chinese_translation()
    {
        var missing = InterfaceStrings.UsedInSource().Where(key => !Chinese.ContainsKey(key)).Order().ToList();

        Assert.True(missing.Count == 0, "Add these to SharedResource.zh.resx:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Every_value_of_every_enumeration_has_a_Chinese_label()
    {
        var missing = InterfaceStrings.EnumerationLabels().Where(key => !Chinese.ContainsKey(key)).Order().ToList();

        Assert.True(missing.Count == 0, "Add these to SharedResource.zh.resx:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void The_resource_file_holds_no_string_the_portal_no_longer_uses()
    {
        var used = InterfaceStrings.AllUsedKeys();

        Assert.Empty(Chinese.Keys.Where(key => !used.Contains(key)).Order());
    }

    [Fact]
    public void No_two_keys_differ_only_in_case()
    {
        // Compiled resources keep one of such a pair, and the other silently shows in English.
        var clashes = Chinese.Keys.GroupBy(key => key, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1);

        Assert.Empty(clashes.Select(group => string.Join(" / ", group)));
    }

    [Fact]
    public void Every_translation_keeps_the_placeholders_of_its_English_text()
    {
        var english = InterfaceStrings.EnglishResource();
        var broken = Chinese
            .Where(pair => english.TryGetValue(pair.Key, out var text) && !Placeholders(text).SetEquals(Placeholders(pair.Value)))
            .Select(pair => $"{pair.Key}: {english[pair.Key]} → {pair.Value}");

        Assert.Empty(broken);
    }

    [Fact]
    public void The_compiled_resources_answer_for_every_Chinese_culture_a_browser_may_send() =>
        InterfaceStrings.InEachCulture(["zh-Hans", "zh-CN", "zh"], (culture, localizer) =>
        {
            var untranslated = Chinese.Keys.Where(key => localizer[key].ResourceNotFound).ToList();

            Assert.True(untranslated.Count == 0, $"{culture}: {string.Join(", ", untranslated)}");
            Assert.Equal("跳到正文", localizer["Layout.SkipToContent"].Value);
        });

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(match => match.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
