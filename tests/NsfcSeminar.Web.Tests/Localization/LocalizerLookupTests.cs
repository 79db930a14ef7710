namespace NsfcSeminar.Web.Tests.Localization;

/// <summary>The resource check in <see cref="ChineseInterfaceTests"/> reads keys from the source
/// text; these pin that it sees every lookup, so a key it cannot read fails here rather than
/// showing English in the Chinese interface.</summary>
public sealed class LocalizerLookupTests
{
    /// <summary>Lookups whose key is computed, with where the check finds the keys they may take.</summary>
    private static readonly Dictionary<string, string> ComputedKeys = new(StringComparer.Ordinal)
    {
        ["label"] = "ChangedValues: a Labels.Of value, checked by the enumeration labels",
        ["r"] = "AccountsPage: a role, checked by the role names",
        ["key"] = "StringsIn: forwards its caller's L[\"…\"]",
        ["error.Template, error.Arguments"] = "DraftReviewNotes: written as WarningText's L[\"…\"]",
        ["warning.Template, warning.Arguments"] = "DraftReviewNotes: written as WarningText's L[\"…\"]",
    };

    [Fact]
    public void Every_localizer_is_named_as_the_check_reads_it()
    {
        var declared = InterfaceStrings.DeclaredLocalizerNames();

        Assert.Contains("L", declared);
        Assert.Empty(declared.Except(InterfaceStrings.LocalizerNames).Order());
    }

    [Fact]
    public void Every_use_of_a_localizer_is_a_lookup_the_check_reads()
    {
        var uses = InterfaceStrings.LocalizerUses();
        var lookups = InterfaceStrings.Lookups();

        // A lookup the pattern cannot read (a GetString call, a bracket inside the key) leaves a use
        // without its lookup, in the file it is in.
        var unread = uses.CountBy(use => use.File).Where(count => count.Value != lookups.Count(lookup => lookup.File == count.Key));
        Assert.True(uses.Count > 80);
        Assert.Empty(unread.Select(count => count.Key).Order());
    }

    [Fact]
    public void Every_computed_key_is_one_whose_values_the_check_knows()
    {
        var unknown = InterfaceStrings.Lookups()
            .Where(lookup => !lookup.Argument.Contains('"', StringComparison.Ordinal))
            .Where(lookup => !lookup.Argument.StartsWith("Labels.Of(", StringComparison.Ordinal) && !ComputedKeys.ContainsKey(lookup.Argument))
            .Select(lookup => $"{lookup.File}: L[{lookup.Argument}]");

        Assert.Empty(unknown.Order());
    }

    [Fact]
    public void Every_role_has_a_Chinese_label()
    {
        var chinese = InterfaceStrings.ChineseResource();

        Assert.Empty(InterfaceStrings.RoleNames().Where(role => !chinese.ContainsKey(role)).Order());
    }
}
