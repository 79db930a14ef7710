using System.Text.RegularExpressions;

namespace NsfcSeminar.Web.Tests.Localization;

/// <summary>Resource keys are stable identifiers ("Layout.SkipToContent"), not the English text:
/// a typo in a key or a key missing from one language fails here instead of silently showing the
/// key or the other language's text.</summary>
public sealed partial class ResourceKeyTests
{
    private static readonly IReadOnlyDictionary<string, string> English = InterfaceStrings.EnglishResource();
    private static readonly IReadOnlyDictionary<string, string> Chinese = InterfaceStrings.ChineseResource();

    [Fact]
    public void Every_key_the_portal_uses_is_in_both_languages()
    {
        var used = InterfaceStrings.AllUsedKeys();
        var missing = used.Where(key => !English.ContainsKey(key)).Select(key => $"SharedResource.resx: {key}")
            .Concat(used.Where(key => !Chinese.ContainsKey(key)).Select(key => $"SharedResource.zh.resx: {key}"))
            .Order();

        Assert.Empty(missing);
    }

    [Fact]
    public void Both_languages_hold_the_same_keys()
    {
        Assert.Empty(English.Keys.Except(Chinese.Keys).Order());
        Assert.Empty(Chinese.Keys.Except(English.Keys).Order());
    }

    [Fact]
    public void Every_key_is_an_identifier_not_free_text()
    {
        // Role names are the identity roles' own names ("Editor"), which the accounts page localizes.
        var roles = InterfaceStrings.RoleNames();
        var keys = InterfaceStrings.AllUsedKeys().Union(English.Keys).Union(Chinese.Keys);

        Assert.Empty(keys.Where(key => !roles.Contains(key) && !Identifier().IsMatch(key)).Order());
    }

    [Fact]
    public void No_key_is_written_without_its_text()
    {
        Assert.Empty(English.Where(pair => string.IsNullOrWhiteSpace(pair.Value)).Select(pair => pair.Key).Order());
        Assert.Empty(Chinese.Where(pair => string.IsNullOrWhiteSpace(pair.Value)).Select(pair => pair.Key).Order());
    }

    [Fact]
    public void The_compiled_resources_answer_in_English_for_every_English_culture_a_browser_may_send() =>
        InterfaceStrings.InEachCulture(["en", "en-GB", "en-US"], (culture, localizer) =>
        {
            var unread = English.Where(pair => localizer[pair.Key].ResourceNotFound || localizer[pair.Key].Value != pair.Value).ToList();

            Assert.True(unread.Count == 0, $"{culture}: {string.Join(", ", unread.Select(pair => pair.Key))}");
            Assert.Equal("Skip to content", localizer["Layout.SkipToContent"].Value);
        });

    /// <summary>Dot-separated PascalCase words, area first: "Search.NoResults".</summary>
    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*(\.[A-Z][A-Za-z0-9]*)+$")]
    private static partial Regex Identifier();
}
