using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Tests.Localization;

/// <summary>The interface strings as the portal's source uses them and as the Chinese resource
/// file translates them.</summary>
internal static partial class InterfaceStrings
{
    public static string WebProjectFolder { get; } = FindWebProject();

    /// <summary>The names a localizer goes by in the portal's source: <c>L</c> in components and
    /// commands (also <see cref="Localization.StringsIn"/> and the drafting warnings' writer),
    /// <c>localizer</c> and <c>Localizer</c> in endpoints and records.</summary>
    public static IReadOnlyList<string> LocalizerNames { get; } = ["L", "localizer", "Localizer"];

    /// <summary>Every string literal passed to a localizer (<c>L["..."]</c>,
    /// <c>localizer["...", arguments]</c>, including both arms of a conditional) in the portal's
    /// components and code.</summary>
    public static IReadOnlySet<string> UsedInSource() => Lookups()
        .SelectMany(lookup => StringLiteral().Matches(lookup.Argument))
        .Select(literal => Regex.Unescape(literal.Groups["text"].Value))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Every localizer lookup in the source: the file and the text between its brackets.</summary>
    public static IReadOnlyList<(string File, string Argument)> Lookups() =>
    [
        .. SourceFiles().SelectMany(file => LocalizerLookup().Matches(File.ReadAllText(file))
            .Select(lookup => (Path.GetFileName(file), lookup.Groups["argument"].Value))),
    ];

    /// <summary>Every use of a localizer by name (<c>L[</c>, <c>localizer.GetString(</c> …), with
    /// the file it is in: each should be a lookup <see cref="Lookups"/> reads.</summary>
    public static IReadOnlyList<(string File, string Use)> LocalizerUses() =>
    [
        .. SourceFiles().SelectMany(file => LocalizerUse().Matches(File.ReadAllText(file))
            .Select(use => (Path.GetFileName(file), use.Value))),
    ];

    /// <summary>The names of the localizers the source declares (<c>IStringLocalizer&lt;SharedResource&gt; L</c>).</summary>
    public static IReadOnlySet<string> DeclaredLocalizerNames() => SourceFiles()
        .SelectMany(file => LocalizerDeclaration().Matches(File.ReadAllText(file)))
        .Select(declaration => declaration.Groups["name"].Value)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The roles, which the accounts page names through the localizer one by one.</summary>
    public static IReadOnlySet<string> RoleNames() => SeminarRoles.All.ToHashSet(StringComparer.Ordinal);

    /// <summary>The wording of every value of every enumeration the pages name through
    /// <see cref="Labels"/>.</summary>
    public static IReadOnlySet<string> EnumerationLabels() => typeof(Labels)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(method => method.Name == nameof(Labels.Of))
        .SelectMany(method => Values(method.GetParameters()[0].ParameterType)
            .Select(value => (string)method.Invoke(null, [value])!))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Every value of an enumeration, and null for one that may be unknown.</summary>
    private static IEnumerable<object?> Values(Type type) => Nullable.GetUnderlyingType(type) is { } underlying
        ? Enum.GetValues(underlying).Cast<object?>().Append(null)
        : Enum.GetValues(type).Cast<object?>();

    public static IReadOnlyDictionary<string, string> ChineseResource() => Resource("SharedResource.zh.resx");

    /// <summary>The neutral resources: the English text of every key, which English pages read.</summary>
    public static IReadOnlyDictionary<string, string> EnglishResource() => Resource("SharedResource.resx");

    /// <summary>Every key the portal may pass to the localizer: written in the source, an
    /// enumeration's label, or a role's name.</summary>
    public static IReadOnlySet<string> AllUsedKeys() => UsedInSource()
        .Union(EnumerationLabels())
        .Union(RoleNames())
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Runs a check on the localizer the portal registers, reading the compiled resources
    /// in each of the cultures a browser may send.</summary>
    public static void InEachCulture(IEnumerable<string> cultures, Action<string, IStringLocalizer> check)
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var localizer = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var original = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var culture in cultures)
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                check(culture, localizer);
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }

    private static Dictionary<string, string> Resource(string file) =>
        XDocument.Load(Path.Combine(WebProjectFolder, "Localization", file))
            .Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string)data.Element("value")!, StringComparer.Ordinal);

    public static IEnumerable<string> WebSourceFiles() => SourceFiles();

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(WebProjectFolder, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".razor", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindWebProject()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NsfcSeminar.sln")))
            {
                return Path.Combine(folder.FullName, "src", "NsfcSeminar.Web");
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: NsfcSeminar.sln was not found above them.");
    }

    [GeneratedRegex("""\b(?:L|localizer|Localizer)\[(?<argument>(?:[^\[\]"]|"(?:[^"\\]|\\.)*")*)\]""")]
    private static partial Regex LocalizerLookup();

    [GeneratedRegex("""\b(?:L|localizer|Localizer)(?:\[|\.GetString\(|\.GetAllStrings\()""")]
    private static partial Regex LocalizerUse();

    [GeneratedRegex("""\b(?:IStringLocalizer(?:<\w+>)?|StringsIn)\??\s+(?<name>@?\w+)\s*(?:[,)=;]|$)""", RegexOptions.Multiline)]
    private static partial Regex LocalizerDeclaration();

    [GeneratedRegex(@"""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex StringLiteral();
}
